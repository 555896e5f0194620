import { verifySignature } from "@perp/lighter/signing";
import { LIGHTER_ERROR_CODES as E, LighterApiError } from "./errors.js";
import type { LighterAccount } from "./state.js";
import { parseAuthToken } from "./tx-decode.js";
import type { LighterVenue } from "./venue.js";

/** A token is accepted from deadline − 8 h until its deadline (reference §4.14). */
export const AUTH_TOKEN_WINDOW_SECONDS = 8 * 3600;

function refuse(message: string): LighterApiError {
  return new LighterApiError(E.AUTH, message);
}

/**
 * The account an auth token opens, or a 20013 refusal: well-formed, inside its validity window,
 * signed by an API key registered on the account it names, and (when `accountIndex` is given) for
 * that account.
 */
export function authenticate(
  venue: LighterVenue,
  token: string | undefined,
  accountIndex?: bigint,
): LighterAccount {
  if (token === undefined || token === "") throw refuse("invalid auth string");
  const claims = parseAuthToken(token.trim());
  if (claims === undefined) throw refuse("invalid auth string");
  const now = Math.floor(venue.now() / 1000);
  if (claims.deadlineSeconds < now) throw refuse("expired token");
  if (claims.deadlineSeconds - AUTH_TOKEN_WINDOW_SECONDS > now) throw refuse("invalid deadline");
  const account = venue.account(claims.accountIndex);
  const key = account?.apiKeys.get(claims.apiKeyIndex);
  if (
    account === undefined ||
    key === undefined ||
    !verifySignature(key.publicKey, claims.messageHash, claims.signature)
  ) {
    throw refuse("invalid auth string");
  }
  if (accountIndex !== undefined && accountIndex !== account.index)
    throw refuse("invalid auth string: account mismatch");
  return account;
}
