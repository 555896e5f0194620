import * as z from "zod/mini";
import { EnrichedTx } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetTxParameters = z.object({
  by: z.enum(["hash", "sequence_index"]),
  value: z.string().check(z.minLength(1)),
});
export type GetTxParameters = z.input<typeof GetTxParameters>;
export type GetTxReturnType = EnrichedTx;

/** `GET /api/v1/tx`: a transaction with its status (4 failed / 5 rejected after an accepted sendTx). */
export async function getTx(
  client: LighterRestContext,
  params: GetTxParameters,
  options?: LighterCallOptions,
): Promise<GetTxReturnType> {
  const p = parseParams(GetTxParameters, params, "getTx");
  return call(
    client,
    {
      action: "getTx",
      method: "GET",
      path: "/api/v1/tx",
      query: { by: p.by, value: p.value },
      schema: EnrichedTx,
    },
    options,
  );
}
