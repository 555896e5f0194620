/**
 * Auth tokens for authenticated REST reads and WebSocket account channels:
 * "<deadline seconds>:<account index>:<api key index>:<hex Schnorr signature>", where the signed
 * hash is H5 of the message's ASCII bytes read as 8-byte little-endian words.
 *
 * The server accepts a token from deadline - 8 h until its deadline, so a token is usable only
 * once now >= deadline - 8 h; callers refresh before the deadline (see authTokenNeedsRefresh).
 */
import { ValidationError } from "@perp/core";
import { bytesToHex } from "../encoding/bytes.js";
import { fp5, fp5ToLeBytes } from "../field/fp5.js";
import { hashToQuinticInto } from "../hash/poseidon2.js";
import type { LighterPrivateKey } from "../keys/private-key.js";
import { type NonceSource, randomNonce, sign } from "../schnorr.js";
import { type IntegerInput, toBigIntOrUndefined } from "../tx/fields.js";
import { privateKeyScalar } from "../tx/sign.js";

/** The server's maximum span between a token becoming valid and its deadline. */
export const AUTH_TOKEN_MAX_LIFETIME_SECONDS = 8 * 60 * 60;
/** Default lifetime of a new token (as the official Python SDK): 10 minutes. */
export const AUTH_TOKEN_DEFAULT_TTL_SECONDS = 10 * 60;

export interface AuthTokenOptions {
  privateKey: LighterPrivateKey | string;
  accountIndex: IntegerInput;
  apiKeyIndex: IntegerInput;
  /** Absolute deadline in Unix **seconds**; defaults to now + ttlSeconds. */
  deadlineSeconds?: number;
  /** Lifetime when no deadline is given, 1 s to 8 h; default 10 min. */
  ttlSeconds?: number;
  /** Clock for the default deadline, in ms (Date.now by default). */
  nowMs?: number;
  nonce?: NonceSource;
}

export interface AuthToken {
  /** The value for the `Authorization` header / `auth` parameter (no "Bearer " prefix). */
  token: string;
  /** "<deadline>:<account>:<apiKey>", the signed text. */
  message: string;
  /** H5 of the message, 40 bytes LE hex. */
  messageHash: string;
  /** Signature hex (s || e). */
  signature: string;
  deadlineSeconds: number;
}

/** ASCII text as 8-byte little-endian words (the last zero-padded), as field elements. */
export function packAsciiWords(text: string): Float64Array {
  const bytes = new TextEncoder().encode(text);
  const count = Math.ceil(bytes.length / 8);
  const out = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    let lo = 0;
    let hi = 0;
    for (let j = 3; j >= 0; j--) {
      lo = lo * 256 + (bytes[8 * i + j] ?? 0);
      hi = hi * 256 + (bytes[8 * i + 4 + j] ?? 0);
    }
    // ASCII words are below 2^63 < p, so they are already canonical
    out[2 * i] = lo;
    out[2 * i + 1] = hi;
  }
  return out;
}

const HASH = fp5();

function indexOrThrow(value: IntegerInput, name: string, min: bigint, max: bigint): bigint {
  const v = toBigIntOrUndefined(value);
  if (v === undefined || v < min || v > max) {
    throw new ValidationError(`${name} must be an integer from ${min} to ${max}`, { venue: "lighter" });
  }
  return v;
}

export function createAuthToken(options: AuthTokenOptions): AuthToken {
  const account = indexOrThrow(options.accountIndex, "accountIndex", -1n, (1n << 63n) - 1n);
  const apiKey = indexOrThrow(options.apiKeyIndex, "apiKeyIndex", 0n, 255n);
  let deadline = options.deadlineSeconds;
  if (deadline === undefined) {
    const ttl = options.ttlSeconds ?? AUTH_TOKEN_DEFAULT_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > AUTH_TOKEN_MAX_LIFETIME_SECONDS) {
      throw new ValidationError(
        `ttlSeconds must be an integer from 1 to ${AUTH_TOKEN_MAX_LIFETIME_SECONDS} (8 h)`,
        {
          venue: "lighter",
        },
      );
    }
    deadline = Math.floor((options.nowMs ?? Date.now()) / 1000) + ttl;
  }
  if (!Number.isSafeInteger(deadline) || deadline <= 0 || deadline >= 1e11) {
    throw new ValidationError("deadlineSeconds must be a Unix time in seconds (not milliseconds)", {
      venue: "lighter",
    });
  }
  const message = `${deadline}:${account}:${apiKey}`;
  const words = packAsciiWords(message);
  hashToQuinticInto(HASH, words, words.length / 2);
  const signature = bytesToHex(
    sign(HASH, privateKeyScalar(options.privateKey), options.nonce ?? randomNonce),
  );
  return {
    token: `${message}:${signature}`,
    message,
    messageHash: bytesToHex(fp5ToLeBytes(HASH)),
    signature,
    deadlineSeconds: deadline,
  };
}

/** The deadline (Unix seconds) of a token, or undefined when it is not a Lighter auth token. */
export function authTokenDeadline(token: string): number | undefined {
  const match = /^(\d{1,11}):-?\d+:\d{1,3}:[0-9a-f]{160}$/.exec(token);
  return match ? Number(match[1]) : undefined;
}

/**
 * True when a token (or its deadline in seconds) expires within `marginSeconds` (default 60 s)
 * of now, or is unreadable, so the caller should sign a new one before using it.
 */
export function authTokenNeedsRefresh(
  token: string | number,
  options: { nowMs?: number; marginSeconds?: number } = {},
): boolean {
  const deadline = typeof token === "number" ? token : authTokenDeadline(token);
  if (deadline === undefined) return true;
  const now = (options.nowMs ?? Date.now()) / 1000;
  return deadline - now <= (options.marginSeconds ?? 60);
}
