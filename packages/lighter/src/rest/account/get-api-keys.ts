import * as z from "zod/mini";
import { AccountApiKeys } from "../../schemas/account.js";
import { accountIndexParam, apiKeyIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetApiKeysParameters = z.object({
  accountIndex: accountIndexParam,
  /** 255 (default) = all keys. */
  apiKeyIndex: z.optional(apiKeyIndexParam),
});
export type GetApiKeysParameters = z.input<typeof GetApiKeysParameters>;
export type GetApiKeysReturnType = AccountApiKeys;

/** `GET /api/v1/apikeys`: registered API keys with their nonces. */
export async function getApiKeys(
  client: LighterRestContext,
  params: GetApiKeysParameters,
  options?: LighterCallOptions,
): Promise<GetApiKeysReturnType> {
  const p = parseParams(GetApiKeysParameters, params, "getApiKeys");
  return call(
    client,
    {
      action: "getApiKeys",
      method: "GET",
      path: "/api/v1/apikeys",
      query: { account_index: p.accountIndex, api_key_index: p.apiKeyIndex },
      schema: AccountApiKeys,
      weight: WEIGHT.apikeys,
    },
    options,
  );
}
