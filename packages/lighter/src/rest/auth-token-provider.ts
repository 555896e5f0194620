/**
 * Auth tokens for authenticated reads come from a provider function, so they can be signed afresh
 * before they expire. `signerAuthTokens` caches one token per signer and re-signs it inside the
 * refresh margin.
 */
import { ValidationError } from "@perp/core";
import { authTokenNeedsRefresh } from "../signing/index.js";

/** Returns the current token (no "Bearer " prefix). Called before every authenticated request. */
export type LighterAuthTokenProvider = () => string | Promise<string>;

/** What `signerAuthTokens` needs: a LighterSigner fits. */
export interface AuthTokenSigner {
  createAuthToken(options?: { ttlSeconds?: number }): { token: string; deadlineSeconds: number };
}

export interface SignerAuthTokenOptions {
  /** Lifetime of each token, 1 s to 8 h; default 10 min. */
  ttlSeconds?: number;
  /** Re-sign this many seconds before the deadline; default 60. */
  refreshMarginSeconds?: number;
  now?: () => number;
}

/** A provider that signs a token with the signer and reuses it until it nears its deadline. */
export function signerAuthTokens(
  signer: AuthTokenSigner,
  options: SignerAuthTokenOptions = {},
): LighterAuthTokenProvider {
  const ttlSeconds = options.ttlSeconds ?? 600;
  const margin = options.refreshMarginSeconds ?? 60;
  if (!Number.isInteger(margin) || margin < 0 || margin >= ttlSeconds) {
    throw new ValidationError("refreshMarginSeconds must be a non-negative integer below ttlSeconds", {
      venue: "lighter",
    });
  }
  const now = options.now ?? Date.now;
  let current: { token: string; deadlineSeconds: number } | undefined;
  return () => {
    if (
      current === undefined ||
      authTokenNeedsRefresh(current.deadlineSeconds, { nowMs: now(), marginSeconds: margin })
    ) {
      current = signer.createAuthToken({ ttlSeconds });
    }
    return current.token;
  };
}
