import * as z from "zod/mini";
import { int64Param, limitParam } from "../../schemas/params.js";
import { Txs } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetTxsParameters = z.object({
  limit: limitParam(100),
  index: z.optional(int64Param),
});
export type GetTxsParameters = z.input<typeof GetTxsParameters>;
export type GetTxsReturnType = Txs;

/** `GET /api/v1/txs`: executed transactions from sequence `index` on. */
export async function getTxs(
  client: LighterRestContext,
  params: GetTxsParameters,
  options?: LighterCallOptions,
): Promise<GetTxsReturnType> {
  const p = parseParams(GetTxsParameters, params, "getTxs");
  return call(
    client,
    {
      action: "getTxs",
      method: "GET",
      path: "/api/v1/txs",
      query: { limit: p.limit, index: p.index },
      schema: Txs,
    },
    options,
  );
}
