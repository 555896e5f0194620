import * as z from "zod/mini";
import { RevokedApiToken } from "../../schemas/account.js";
import { accountIndexParam, int64Param } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const RevokeApiTokenParameters = z.object({
  accountIndex: accountIndexParam,
  tokenId: int64Param,
});
export type RevokeApiTokenParameters = z.input<typeof RevokeApiTokenParameters>;
export type RevokeApiTokenReturnType = RevokedApiToken;

/** `POST /api/v1/tokens/revoke` (auth, form): revokes a read-only token. */
export async function revokeApiToken(
  client: LighterRestContext,
  params: RevokeApiTokenParameters,
  options?: LighterCallOptions,
): Promise<RevokeApiTokenReturnType> {
  const p = parseParams(RevokeApiTokenParameters, params, "revokeApiToken");
  return call(
    client,
    {
      action: "revokeApiToken",
      method: "POST",
      path: "/api/v1/tokens/revoke",
      form: { account_index: p.accountIndex, token_id: p.tokenId },
      schema: RevokedApiToken,
      auth: true,
      weight: WEIGHT.tokens,
    },
    options,
  );
}
