import * as z from "zod/mini";
import { TransferHistory } from "../../schemas/account.js";
import { accountIndexParam, cursorParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetTransferHistoryParameters = z.object({
  accountIndex: accountIndexParam,
  cursor: z.optional(cursorParam),
});
export type GetTransferHistoryParameters = z.input<typeof GetTransferHistoryParameters>;
export type GetTransferHistoryReturnType = TransferHistory;

/** `GET /api/v1/transfer/history` (auth): transfers, paginated by the `cursor` key. */
export async function getTransferHistory(
  client: LighterRestContext,
  params: GetTransferHistoryParameters,
  options?: LighterCallOptions,
): Promise<GetTransferHistoryReturnType> {
  const p = parseParams(GetTransferHistoryParameters, params, "getTransferHistory");
  return call(
    client,
    {
      action: "getTransferHistory",
      method: "GET",
      path: "/api/v1/transfer/history",
      query: { account_index: p.accountIndex, cursor: p.cursor },
      schema: TransferHistory,
      auth: true,
    },
    options,
  );
}
