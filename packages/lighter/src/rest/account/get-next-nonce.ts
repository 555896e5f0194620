import * as z from "zod/mini";
import { NextNonce } from "../../schemas/account.js";
import { accountIndexParam, apiKeyIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetNextNonceParameters = z.object({
  accountIndex: accountIndexParam,
  apiKeyIndex: apiKeyIndexParam,
});
export type GetNextNonceParameters = z.input<typeof GetNextNonceParameters>;
export type GetNextNonceReturnType = NextNonce;

/** `GET /api/v1/nextNonce`: the nonce to sign into the next transaction of this (account, API key). Weight 6: keep the nonce locally and refresh after a 21104. */
export async function getNextNonce(
  client: LighterRestContext,
  params: GetNextNonceParameters,
  options?: LighterCallOptions,
): Promise<GetNextNonceReturnType> {
  const p = parseParams(GetNextNonceParameters, params, "getNextNonce");
  return call(
    client,
    {
      action: "getNextNonce",
      method: "GET",
      path: "/api/v1/nextNonce",
      query: { account_index: p.accountIndex, api_key_index: p.apiKeyIndex },
      schema: NextNonce,
      weight: WEIGHT.nextNonce,
    },
    options,
  );
}
