import * as z from "zod/mini";
import { DepositHistory } from "../../schemas/account.js";
import { accountIndexParam, cursorParam, l1AddressParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetDepositHistoryParameters = z.object({
  accountIndex: accountIndexParam,
  l1Address: l1AddressParam,
  filter: z.optional(z.enum(["all", "pending", "claimable"])),
  cursor: z.optional(cursorParam),
});
export type GetDepositHistoryParameters = z.input<typeof GetDepositHistoryParameters>;
export type GetDepositHistoryReturnType = DepositHistory;

/** `GET /api/v1/deposit/history` (auth): deposits, paginated by the `cursor` key. */
export async function getDepositHistory(
  client: LighterRestContext,
  params: GetDepositHistoryParameters,
  options?: LighterCallOptions,
): Promise<GetDepositHistoryReturnType> {
  const p = parseParams(GetDepositHistoryParameters, params, "getDepositHistory");
  return call(
    client,
    {
      action: "getDepositHistory",
      method: "GET",
      path: "/api/v1/deposit/history",
      query: { account_index: p.accountIndex, l1_address: p.l1Address, filter: p.filter, cursor: p.cursor },
      schema: DepositHistory,
      auth: true,
    },
    options,
  );
}
