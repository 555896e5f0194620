import { registerSecret, ValidationError } from "@perp/core";
import * as z from "zod/mini";
import { CreatedApiToken } from "../../schemas/account.js";
import { accountIndexParam, intParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

const DAY_SECONDS = 86_400;

export const CreateApiTokenParameters = z.object({
  accountIndex: accountIndexParam,
  /** Token name (the venue limits names; see codes 61001-61009). */
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Expiry in Unix seconds, 1 day to 10 years ahead. */
  expiry: intParam(0, 99_999_999_999),
  /** Also grant access to the account's sub-accounts. */
  subAccountAccess: z.optional(z.boolean()),
  /** Scope text, e.g. "read.*" (free-form on the venue). */
  scopes: z.optional(z.string().check(z.minLength(1))),
});
export type CreateApiTokenParameters = z.input<typeof CreateApiTokenParameters>;
export type CreateApiTokenReturnType = CreatedApiToken;

/**
 * `POST /api/v1/tokens/create` (auth, form; weight 23 000): a long-lived read-only token
 * ("ro:..."), usable wherever an auth token is. The returned credential is registered as a secret
 * so it never appears in errors or logs.
 */
export async function createApiToken(
  client: LighterRestContext,
  params: CreateApiTokenParameters,
  options?: LighterCallOptions & { nowMs?: number },
): Promise<CreateApiTokenReturnType> {
  const p = parseParams(CreateApiTokenParameters, params, "createApiToken");
  const nowSeconds = Math.floor((options?.nowMs ?? Date.now()) / 1000);
  if (p.expiry < nowSeconds + DAY_SECONDS || p.expiry > nowSeconds + 10 * 365 * DAY_SECONDS) {
    throw new ValidationError("createApiToken: expiry must be 1 day to 10 years from now, in Unix seconds", {
      venue: "lighter",
      issues: [{ path: ["expiry"], message: "expected now + 1 day .. now + 10 years (seconds)" }],
    });
  }
  const created = await call(
    client,
    {
      action: "createApiToken",
      method: "POST",
      path: "/api/v1/tokens/create",
      form: {
        account_index: p.accountIndex,
        name: p.name,
        expiry: p.expiry,
        sub_account_access: p.subAccountAccess,
        scopes: p.scopes,
      },
      schema: CreatedApiToken,
      auth: true,
      weight: WEIGHT.tokensCreate,
    },
    options,
  );
  registerSecret(created.api_token);
  return created;
}
