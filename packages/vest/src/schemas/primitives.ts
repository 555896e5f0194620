import { isDecimalString, parseDecimal } from "@perp/core";
import * as z from "zod/mini";

/*
 * Wire building blocks. The REST client parses bodies with every JSON number kept as its source
 * text, so money and large integers arrive exact; each schema also accepts real numbers and
 * bigints, so payloads that went through another JSON parser still validate.
 */

const numeric = z.union([z.string(), z.number(), z.bigint()]);
type Numeric = z.infer<typeof numeric>;

const INTEGER_TEXT = /^-?\d+$/;

function numberText(value: Numeric): string | undefined {
  if (typeof value === "string") return value.trim() === value ? value : undefined;
  if (typeof value === "bigint") return value.toString();
  return Number.isFinite(value) ? String(value) : undefined;
}

function fail(ctx: z.core.ParsePayload, value: unknown, message: string): never {
  ctx.issues.push({ code: "custom", message, input: value });
  return z.NEVER;
}

/** A decimal from a string or a number, as an exact normalized decimal string ("1333.000000" → "1333"). */
export const decimal = z.pipe(
  numeric,
  z.transform((value: Numeric, ctx) => {
    const text = numberText(value);
    return text !== undefined && isDecimalString(text)
      ? parseDecimal(text)
      : fail(ctx, value, `expected a decimal, got ${JSON.stringify(String(value))}`);
  }),
);

/** A decimal the venue may send as null or leave out (fill fields before a fill); both become null. */
export const nullableDecimal = z.pipe(
  z.nullish(decimal),
  z.transform((value: string | null | undefined) => value ?? null),
);

/** An integer that is exact as a Number (counts, decimals, leverage, epoch milliseconds). */
export const safeInteger = z.pipe(
  numeric,
  z.transform((value: Numeric, ctx) => {
    const text = numberText(value);
    const n = text !== undefined && INTEGER_TEXT.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(n)
      ? n
      : fail(ctx, value, `expected an integer below 2^53, got ${JSON.stringify(String(value))}`);
  }),
);

export const nullableSafeInteger = z.pipe(
  z.nullish(safeInteger),
  z.transform((value: number | null | undefined) => value ?? null),
);

/** Epoch milliseconds. */
export const epochMillis = safeInteger;
export const nullableEpochMillis = nullableSafeInteger;

/**
 * A uint256-sized integer (nonces) as its exact decimal text: the venue signs nonces as uint256,
 * so a nonce written by another client may exceed 2^53 and must not pass through Number.
 */
export const integerText = z.pipe(
  numeric,
  z.transform((value: Numeric, ctx) => {
    const text = numberText(value);
    return text !== undefined && INTEGER_TEXT.test(text)
      ? BigInt(text).toString()
      : fail(ctx, value, `expected an integer, got ${JSON.stringify(String(value))}`);
  }),
);

/** An opaque id (order ids are hex strings, trade ids numbers or strings) as a string. */
export const id = z.pipe(
  numeric,
  z.transform((value: Numeric, ctx) => {
    const text = numberText(value);
    if (text === undefined || text === "") return fail(ctx, value, "expected a non-empty id");
    return typeof value === "string" ? value : text;
  }),
);

/**
 * A venue error code: the documented ones are integers, a few clients saw strings. Integer text
 * becomes a number so codes compare with the catalogue; anything else stays text.
 */
export const venueCode = z.pipe(
  z.nullish(numeric),
  z.transform((value: Numeric | null | undefined): number | string | null => {
    if (value === null || value === undefined) return null;
    const text = numberText(value);
    if (text === undefined) return String(value);
    const n = INTEGER_TEXT.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(n) ? n : text;
  }),
);

export const nullableString = z.pipe(
  z.nullish(z.string()),
  z.transform((value: string | null | undefined) => value ?? null),
);

export const ORDER_STATUSES = ["NEW", "PARTIALLY_FILLED", "FILLED", "CANCELLED", "REJECTED"] as const;
/** `CANCELLED` has two Ls on Vest. */
export const orderStatus = z.enum(ORDER_STATUSES);
export type VestOrderStatus = z.infer<typeof orderStatus>;

export const ORDER_TYPES = ["MARKET", "LIMIT", "STOP_LOSS", "TAKE_PROFIT", "LIQUIDATION"] as const;
/** `LIQUIDATION` only appears in responses. */
export const orderType = z.enum(ORDER_TYPES);
export type VestOrderType = z.infer<typeof orderType>;

export const LP_TYPES = ["DEPOSIT", "IMMEDIATE_WITHDRAW", "SCHEDULE_WITHDRAW"] as const;
export const lpType = z.enum(LP_TYPES);
export type VestLpType = z.infer<typeof lpType>;

export const TRANSFER_TYPES = ["DEPOSIT", "WITHDRAW"] as const;
export const transferType = z.enum(TRANSFER_TYPES);
export type VestTransferType = z.infer<typeof transferType>;

export const SYMBOL_STATUSES = ["TRADING", "HALT"] as const;
export const symbolStatus = z.enum(SYMBOL_STATUSES);
export type VestSymbolStatus = z.infer<typeof symbolStatus>;

/** Kline and funding intervals accepted by `interval`. */
export const INTERVALS = [
  "1m",
  "3m",
  "5m",
  "15m",
  "30m",
  "1h",
  "2h",
  "4h",
  "6h",
  "8h",
  "12h",
  "1d",
  "3d",
  "1w",
  "1M",
] as const;
export const interval = z.enum(INTERVALS);
export type VestInterval = z.infer<typeof interval>;

/** `{ "id": "0x…" }`: what every signed write returns. */
export const idAck = z.object({ id });
export type VestIdAck = z.infer<typeof idAck>;
