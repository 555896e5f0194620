/**
 * Request parameter building blocks (zod/mini). Integers arrive as bigint, safe-integer numbers or
 * integer strings; 64-bit ones leave as bigint so they are written to the query exactly.
 */
import * as z from "zod/mini";

type Payload = Parameters<Parameters<typeof z.transform>[0]>[1];

const INTEGER_TEXT = /^-?(0|[1-9]\d*)$/;

function toBigInt(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (typeof value === "string" && INTEGER_TEXT.test(value)) return BigInt(value);
  return undefined;
}

function rangeIssue(ctx: Payload, value: unknown, min: bigint, max: bigint): never {
  ctx.issues.push({
    code: "custom",
    message:
      typeof value === "number" && !Number.isSafeInteger(value)
        ? "must be an integer within ±2^53 (pass larger values as bigint or string)"
        : `must be an integer from ${min} to ${max}`,
    input: value,
  });
  return z.NEVER as never;
}

export type IntegerParam = bigint | number | string;

/** An integer in [min, max], as bigint. */
export function bigIntParam(min: bigint, max: bigint) {
  return z.pipe(
    z.custom<IntegerParam>(),
    z.transform((value: IntegerParam, ctx): bigint => {
      const n = toBigInt(value);
      if (n === undefined || n < min || n > max) return rangeIssue(ctx, value, min, max);
      return n;
    }),
  );
}

/** An integer in [min, max] small enough for a Number. */
export function intParam(min: number, max: number) {
  return z.pipe(
    z.custom<IntegerParam>(),
    z.transform((value: IntegerParam, ctx): number => {
      const n = toBigInt(value);
      if (n === undefined || n < BigInt(min) || n > BigInt(max))
        return rangeIssue(ctx, value, BigInt(min), BigInt(max));
      return Number(n);
    }),
  );
}

/** Account index: -1 (none) to 2^48 - 2; sub-accounts and pools start at 2^47. */
export const accountIndexParam = intParam(-1, 281474976710654);
/** Market id: perps 0..254, 255 = all markets, spot 2048..4094. */
export const marketIdParam = intParam(0, 4094);
/** API key index: 0..254, 255 = all keys. */
export const apiKeyIndexParam = intParam(0, 255);
/** Asset id (int16). */
export const assetIdParam = intParam(0, 32767);
/** Millisecond timestamps the venue accepts (0..5e12). */
export const timestampMsParam = intParam(0, 5_000_000_000_000);
/** An order index (>= 2^48) or client order index (< 2^48), exact. */
export const orderIndexParam = bigIntParam(0n, (1n << 60n) - 1n);
/** A 64-bit counter such as a tx sequence index or block height. */
export const int64Param = bigIntParam(0n, (1n << 63n) - 1n);
export const countBackParam = intParam(0, 1_000_000);

export function limitParam(max: number) {
  return intParam(1, max);
}

export const cursorParam = z.string().check(z.minLength(1, "cursor must not be empty"));

/** 0x-prefixed 20-byte Ethereum address. */
export const l1AddressParam = z
  .string()
  .check(z.regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address"));

export const CANDLE_RESOLUTIONS = ["1m", "5m", "15m", "30m", "1h", "4h", "12h", "1d"] as const;
export const LEGACY_CANDLE_RESOLUTIONS = [...CANDLE_RESOLUTIONS, "1w"] as const;
export const FUNDING_RESOLUTIONS = ["1h", "1d"] as const;
export const PNL_RESOLUTIONS = ["1m", "5m", "15m", "1h", "4h", "1d"] as const;
export const MARKET_FILTERS = ["all", "spot", "perp"] as const;
export const MARKET_TYPES = ["perp", "spot"] as const;
