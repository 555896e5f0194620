import { registerSecret, unregisterSecret, ValidationError } from "@perp/core";
import { authTokenDeadline } from "../signing/index.js";

/**
 * Supplies an auth token for the account channels: typically
 * `() => createAuthToken({ privateKey, accountIndex, apiKeyIndex }).token`, or a function that
 * fetches one from a server that holds the key. Called again whenever the cached token is about
 * to expire.
 */
export type AuthTokenProvider = () => string | Promise<string>;

export interface AuthTokenCacheOptions {
  /** Fetch a new token this long before the cached one's deadline. Default 60 s. */
  refreshMarginSeconds?: number;
  /** Clock in ms; Date.now by default. */
  now?: () => number;
}

/** The expiry (Unix seconds) of a signed auth token or a long-lived read-only `ro:` token. */
export function tokenExpirySeconds(token: string): number | undefined {
  const signed = authTokenDeadline(token);
  if (signed !== undefined) return signed;
  const readOnly = /^ro:\d+:(?:single|all):(\d{1,11}):[0-9a-fA-F]+$/.exec(token);
  return readOnly ? Number(readOnly[1]) : undefined;
}

/**
 * Caches the provider's token until it nears expiry, so every (re)subscribe after a reconnect
 * carries a valid token without signing one per frame. Tokens whose expiry cannot be read are
 * not cached. Every token is registered as a secret, so it is masked in errors and logs.
 */
export class AuthTokenCache {
  readonly #provider: AuthTokenProvider;
  readonly #marginSeconds: number;
  readonly #now: () => number;
  #token: string | undefined;
  #expiry: number | undefined;
  #pending: Promise<string> | undefined;

  constructor(provider: AuthTokenProvider, options: AuthTokenCacheOptions = {}) {
    this.#provider = provider;
    this.#marginSeconds = options.refreshMarginSeconds ?? 60;
    this.#now = options.now ?? Date.now;
  }

  /** A token valid for at least the refresh margin. */
  get(): Promise<string> {
    const token = this.#token;
    if (token !== undefined && this.#expiry !== undefined) {
      if (this.#expiry - this.#now() / 1000 > this.#marginSeconds) return Promise.resolve(token);
    }
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Forgets the cached token (e.g. after the venue refused it). */
  invalidate(): void {
    if (this.#token !== undefined) unregisterSecret(this.#token);
    this.#token = undefined;
    this.#expiry = undefined;
  }

  async #fetch(): Promise<string> {
    let token: unknown;
    try {
      token = await this.#provider();
    } catch (cause) {
      throw new ValidationError("The Lighter auth token provider failed", { venue: "lighter", cause });
    }
    if (typeof token !== "string" || token.length === 0) {
      throw new ValidationError("The Lighter auth token provider must return a non-empty string", {
        venue: "lighter",
      });
    }
    registerSecret(token);
    if (this.#token !== undefined && this.#token !== token) unregisterSecret(this.#token);
    this.#token = token;
    this.#expiry = tokenExpirySeconds(token);
    return token;
  }
}
