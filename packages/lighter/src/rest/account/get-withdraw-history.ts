import * as z from "zod/mini";
import { WithdrawHistory } from "../../schemas/account.js";
import { accountIndexParam, cursorParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetWithdrawHistoryParameters = z.object({
  accountIndex: accountIndexParam,
  filter: z.optional(z.enum(["all", "pending", "claimable"])),
  cursor: z.optional(cursorParam),
});
export type GetWithdrawHistoryParameters = z.input<typeof GetWithdrawHistoryParameters>;
export type GetWithdrawHistoryReturnType = WithdrawHistory;

/** `GET /api/v1/withdraw/history` (auth): withdrawals, paginated by the `cursor` key. */
export async function getWithdrawHistory(
  client: LighterRestContext,
  params: GetWithdrawHistoryParameters,
  options?: LighterCallOptions,
): Promise<GetWithdrawHistoryReturnType> {
  const p = parseParams(GetWithdrawHistoryParameters, params, "getWithdrawHistory");
  return call(
    client,
    {
      action: "getWithdrawHistory",
      method: "GET",
      path: "/api/v1/withdraw/history",
      query: { account_index: p.accountIndex, filter: p.filter, cursor: p.cursor },
      schema: WithdrawHistory,
      auth: true,
    },
    options,
  );
}
