import * as z from "zod/mini";
import { Txs } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetBlockTxsParameters = z.object({
  by: z.enum(["block_height", "block_commitment"]),
  value: z.string().check(z.minLength(1)),
});
export type GetBlockTxsParameters = z.input<typeof GetBlockTxsParameters>;
export type GetBlockTxsReturnType = Txs;

/** `GET /api/v1/blockTxs`: the transactions of one block. */
export async function getBlockTxs(
  client: LighterRestContext,
  params: GetBlockTxsParameters,
  options?: LighterCallOptions,
): Promise<GetBlockTxsReturnType> {
  const p = parseParams(GetBlockTxsParameters, params, "getBlockTxs");
  return call(
    client,
    {
      action: "getBlockTxs",
      method: "GET",
      path: "/api/v1/blockTxs",
      query: { by: p.by, value: p.value },
      schema: Txs,
    },
    options,
  );
}
