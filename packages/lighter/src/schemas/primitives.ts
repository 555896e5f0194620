/**
 * Response building blocks (zod/mini). The REST transport parses every JSON number as its exact
 * source text, so money and 64-bit ids never pass through a float; these schemas also accept real
 * numbers and bigints, for payloads that went through another parser (the WebSocket, a cache).
 */
import { isDecimalString, parseDecimal } from "@perp/core";
import * as z from "zod/mini";

type Payload = Parameters<Parameters<typeof z.transform>[0]>[1];

const INTEGER_TEXT = /^-?\d+$/;

function numberText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function fail(ctx: Payload, value: unknown, expected: string): never {
  ctx.issues.push({ code: "custom", message: `expected ${expected}, got ${describe(value)}`, input: value });
  return z.NEVER as never;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 32 ? `${value.slice(0, 32)}…` : value);
  if (value === null) return "null";
  return typeof value === "bigint" || typeof value === "number" ? String(value) : typeof value;
}

/** A decimal (string or number on the wire) as an exact, normalized decimal string ("0.0100" → "0.01"). */
export const decimal = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): string => {
    const text = numberText(value);
    if (text === undefined || !isDecimalString(text)) return fail(ctx, value, "a decimal");
    return parseDecimal(text);
  }),
);

/** A 64-bit integer (order index, trade id, nonce) as its exact decimal text; never a Number. */
export const int64 = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): string => {
    const text = numberText(value);
    if (text === undefined || !INTEGER_TEXT.test(text)) return fail(ctx, value, "an integer");
    return BigInt(text).toString();
  }),
);

/** An integer that fits a Number exactly: market ids, counts, ms timestamps, account indexes (< 2^48). */
export const int = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): number => {
    const text = numberText(value);
    const n = text !== undefined && INTEGER_TEXT.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(n)) return fail(ctx, value, "a safe integer");
    return n;
  }),
);

/** A boolean; also "true"/"false" and 0/1, which some endpoints send. */
export const bool = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): boolean => {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "1" || value === 1) return true;
    if (value === "false" || value === "0" || value === 0) return false;
    return fail(ctx, value, "a boolean");
  }),
);

/** Text; numbers are kept as their text (some ids arrive either way). */
export const text = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): string => {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "bigint") return String(value);
    return fail(ctx, value, "a string");
  }),
);

/** Any JSON value, kept as parsed (documented as free-form by the venue). */
export const json = z.unknown();

/** Absent, null or "" (Go's zero value for unset text fields) become undefined; else it must match. */
export function opt<T extends z.core.$ZodType>(schema: T) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value: unknown, ctx): z.output<T> | undefined => {
      if (value === undefined || value === null || value === "") return undefined;
      const result = z.safeParse(schema, value);
      if (result.success) return result.data;
      ctx.issues.push(...(result.error.issues as typeof ctx.issues));
      return z.NEVER as never;
    }),
  );
}

/** An array whose absence or null means empty (Go marshals nil slices as null). */
export function list<T extends z.core.$ZodType>(schema: T) {
  return z.pipe(
    z.nullish(z.array(schema)),
    z.transform((value: z.output<T>[] | null | undefined): z.output<T>[] => value ?? []),
  );
}

/** A map keyed by string, where absence or null means empty. */
export function map<T extends z.core.$ZodType>(schema: T) {
  return z.pipe(
    z.nullish(z.record(z.string(), schema)),
    z.transform(
      (value: Record<string, z.output<T>> | null | undefined): Record<string, z.output<T>> => value ?? {},
    ),
  );
}

/** One of the listed strings, or any other string the venue adds later (kept verbatim). */
export function openEnum<const T extends readonly string[]>(_values: T) {
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx): T[number] | (string & {}) => {
      if (typeof value !== "string") return fail(ctx, value, "a string");
      return value;
    }),
  );
}

/** The `code`/`message` envelope embedded in almost every response. */
export const envelope = {
  code: opt(int),
  message: opt(text),
};

/** Cursor pagination key of the newer endpoints: absent or empty means the last page. */
export const nextCursor = opt(text);
