import * as z from "zod/mini";
import { EnrichedTx } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetTxFromL1TxHashParameters = z.object({
  hash: z.string().check(z.regex(/^(0x)?[0-9a-fA-F]+$/, "must be a hex hash")),
});
export type GetTxFromL1TxHashParameters = z.input<typeof GetTxFromL1TxHashParameters>;
export type GetTxFromL1TxHashReturnType = EnrichedTx;

/** `GET /api/v1/txFromL1TxHash`: the L2 transaction an L1 transaction produced. */
export async function getTxFromL1TxHash(
  client: LighterRestContext,
  params: GetTxFromL1TxHashParameters,
  options?: LighterCallOptions,
): Promise<GetTxFromL1TxHashReturnType> {
  const p = parseParams(GetTxFromL1TxHashParameters, params, "getTxFromL1TxHash");
  return call(
    client,
    {
      action: "getTxFromL1TxHash",
      method: "GET",
      path: "/api/v1/txFromL1TxHash",
      query: { hash: p.hash },
      schema: EnrichedTx,
      weight: WEIGHT.txFromL1TxHash,
    },
    options,
  );
}
