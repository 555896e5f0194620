import * as z from "zod/mini";
import { AccountLimits } from "../../schemas/account.js";
import { accountIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountLimitsParameters = z.object({
  accountIndex: accountIndexParam,
});
export type GetAccountLimitsParameters = z.input<typeof GetAccountLimitsParameters>;
export type GetAccountLimitsReturnType = AccountLimits;

/** `GET /api/v1/accountLimits` (auth): tier, fee ticks and pool limits. */
export async function getAccountLimits(
  client: LighterRestContext,
  params: GetAccountLimitsParameters,
  options?: LighterCallOptions,
): Promise<GetAccountLimitsReturnType> {
  const p = parseParams(GetAccountLimitsParameters, params, "getAccountLimits");
  return call(
    client,
    {
      action: "getAccountLimits",
      method: "GET",
      path: "/api/v1/accountLimits",
      query: { account_index: p.accountIndex },
      schema: AccountLimits,
      auth: true,
    },
    options,
  );
}
