import { ValidationError } from "@perp/core";
import { accountNonce } from "../../schemas/account.js";
import { timeOnlyParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetAccountNonceParameters {
  /** Epoch ms sent as `time` (the venue answers 422 without it); default: the client clock. */
  time?: number;
}

export interface GetAccountNonceReturnType {
  /** The highest nonce the venue has seen, as exact integer text. */
  lastNonce: string;
  /**
   * A nonce that is fresh for the next signed request: max(now, lastNonce + 1), the venue's
   * advice being "use time as nonce". A Number, as the signer sends nonces as JSON numbers.
   */
  nextNonce: number;
}

/** `GET /account/nonce`: seeds a strictly increasing nonce source. */
export async function getAccountNonce(
  client: VestRestContext,
  params: GetAccountNonceParameters = {},
  options?: VestCallOptions,
): Promise<GetAccountNonceReturnType> {
  const p = parseParams(timeOnlyParams, params, "getAccountNonce parameters");
  const now = client.now();
  const { lastNonce } = await vestRequest(
    client,
    {
      method: "GET",
      path: "account/nonce",
      query: { time: p.time ?? now },
      private: true,
      schema: accountNonce,
    },
    options,
  );
  return { lastNonce, nextNonce: nextNonceAfter(lastNonce, now) };
}

/** max(now, last + 1), computed in bigint; a last nonce at or past 2^53 − 1 leaves no JSON-safe successor. */
export function nextNonceAfter(lastNonce: string | number | bigint, now: number): number {
  const next = BigInt(lastNonce) + 1n;
  const candidate = next > BigInt(Math.floor(now)) ? next : BigInt(Math.floor(now));
  if (candidate > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ValidationError(`No nonce above ${String(lastNonce)} fits in a JSON-safe integer`, {
      venue: "vest",
      issues: [{ path: ["lastNonce"], message: "at or beyond 2^53 - 1" }],
    });
  }
  return Number(candidate);
}
