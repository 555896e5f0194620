import * as z from "zod/mini";
import { ApiTokens } from "../../schemas/account.js";
import { accountIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetApiTokensParameters = z.object({
  accountIndex: accountIndexParam,
});
export type GetApiTokensParameters = z.input<typeof GetApiTokensParameters>;
export type GetApiTokensReturnType = ApiTokens;

/** `GET /api/v1/tokens` (auth): the account's long-lived read-only tokens (without the credential itself). */
export async function getApiTokens(
  client: LighterRestContext,
  params: GetApiTokensParameters,
  options?: LighterCallOptions,
): Promise<GetApiTokensReturnType> {
  const p = parseParams(GetApiTokensParameters, params, "getApiTokens");
  return call(
    client,
    {
      action: "getApiTokens",
      method: "GET",
      path: "/api/v1/tokens",
      query: { account_index: p.accountIndex },
      schema: ApiTokens,
      auth: true,
      weight: WEIGHT.tokens,
    },
    options,
  );
}
