import * as z from "zod/mini";
import { accountIndexParam, int64Param, intParam, limitParam } from "../../schemas/params.js";
import { Txs } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountTxsParameters = z.object({
  accountIndex: accountIndexParam,
  limit: limitParam(100),
  index: z.optional(int64Param),
  /** Tx type codes, sent as a repeated parameter. */
  types: z.optional(z.array(intParam(0, 255))),
});
export type GetAccountTxsParameters = z.input<typeof GetAccountTxsParameters>;
export type GetAccountTxsReturnType = Txs;

/** `GET /api/v1/accountTxs` (auth): an account's transactions, index-paginated. */
export async function getAccountTxs(
  client: LighterRestContext,
  params: GetAccountTxsParameters,
  options?: LighterCallOptions,
): Promise<GetAccountTxsReturnType> {
  const p = parseParams(GetAccountTxsParameters, params, "getAccountTxs");
  return call(
    client,
    {
      action: "getAccountTxs",
      method: "GET",
      path: "/api/v1/accountTxs",
      query: { by: "account_index", value: p.accountIndex, limit: p.limit, index: p.index, types: p.types },
      schema: Txs,
      auth: true,
    },
    options,
  );
}
