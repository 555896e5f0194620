import { isDecimalString, parseDecimal } from "@perp/core";
import * as z from "zod";

/*
 * Response building blocks. Bodies are parsed with every JSON number kept as its source text, so
 * money and 64-bit ids arrive exact; these schemas also accept real numbers and bigints for data
 * that went through another parser.
 */

const numeric = z.union([z.string(), z.number(), z.bigint()]);

function numberText(value: string | number | bigint): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  return Number.isFinite(value) ? String(value) : undefined;
}

/** A decimal (string or number on the wire) as an exact, normalized decimal string ("0.0100" → "0.01"). */
export const decimal = numeric.transform((value, ctx) => {
  const text = numberText(value);
  if (text === undefined || !isDecimalString(text)) {
    ctx.addIssue({ code: "custom", message: `expected a decimal, got ${JSON.stringify(String(value))}` });
    return z.NEVER;
  }
  return parseDecimal(text);
});

/** An optional decimal; null and absent both become undefined. */
export const optionalDecimal = decimal.nullish().transform((value) => value ?? undefined);

const INTEGER_TEXT = /^-?\d+$/;

/** A 64-bit (or larger) integer id as its exact decimal string; never passes through Number. */
export const integerId = numeric.transform((value, ctx) => {
  const text = numberText(value);
  if (text === undefined || !INTEGER_TEXT.test(text)) {
    ctx.addIssue({ code: "custom", message: `expected an integer id, got ${JSON.stringify(String(value))}` });
    return z.NEVER;
  }
  return BigInt(text).toString();
});

/** An id the venue sends as a number or an opaque string (asset operations, l2Vault). */
export const anyId = numeric.transform((value, ctx) => {
  const text = numberText(value);
  if (text === undefined || text === "") {
    ctx.addIssue({ code: "custom", message: "expected an id" });
    return z.NEVER;
  }
  return INTEGER_TEXT.test(text) ? BigInt(text).toString() : text;
});

export const optionalIntegerId = integerId.nullish().transform((value) => value ?? undefined);

/** A safe integer (timestamps in ms, counts, precisions) from a number or integer text. */
export const safeInteger = numeric.transform((value, ctx) => {
  const text = numberText(value);
  const n = text !== undefined && INTEGER_TEXT.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({
      code: "custom",
      message: `expected a safe integer, got ${JSON.stringify(String(value))}`,
    });
    return z.NEVER;
  }
  return n;
});

export const optionalSafeInteger = safeInteger.nullish().transform((value) => value ?? undefined);

/** Epoch milliseconds. */
export const timestampMs = safeInteger;
export const optionalTimestampMs = optionalSafeInteger;

export const optionalString = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

export const optionalBoolean = z
  .boolean()
  .nullish()
  .transform((value) => value ?? undefined);

/**
 * A venue enum that may grow: known values keep their literal type, anything else becomes
 * `fallback` so a new server value does not break parsing.
 */
export function lenientEnum<const T extends readonly [string, ...string[]], const F extends T[number]>(
  values: T,
  fallback: F,
) {
  const known = new Set<string>(values);
  return z.string().transform((value): T[number] => (known.has(value) ? value : fallback));
}

export const side = z.enum(["BUY", "SELL"]);
export type Side = z.output<typeof side>;

export const positionSide = z.enum(["LONG", "SHORT"]);
export type PositionSide = z.output<typeof positionSide>;

/** The untouched JSON object an entity was parsed from, with fields this SDK does not model. */
export type Raw = Record<string, unknown>;

/**
 * An object schema whose output also carries `raw`: the payload as received. Unknown fields do
 * not fail parsing; they are left out of the typed view and stay reachable through `raw`.
 */
export function withRaw<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess(
    (input) =>
      typeof input === "object" && input !== null && !Array.isArray(input) ? { ...input, raw: input } : input,
    z.object({ ...shape, raw: z.record(z.string(), z.unknown()) }),
  );
}
