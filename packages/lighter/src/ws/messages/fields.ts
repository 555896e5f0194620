import { isDecimalString, ValidationError } from "@perp/core";

/** A decoded JSON object (parseJson keeps integers beyond 2^53 as bigint). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(field: string, expected: string, value: unknown): never {
  const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  throw new ValidationError(`Lighter stream field "${field}" must be ${expected}, got ${got}`, {
    venue: "lighter",
    issues: [{ path: field.split("."), message: `expected ${expected}` }],
  });
}

export function objectField(source: JsonObject, field: string): JsonObject {
  const value = source[field];
  if (!isObject(value)) fail(field, "an object", value);
  return value;
}

export function stringField(source: JsonObject, field: string): string {
  const value = source[field];
  if (typeof value !== "string") fail(field, "a string", value);
  return value;
}

export function optionalString(source: JsonObject, field: string): string | undefined {
  const value = source[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") fail(field, "a string", value);
  return value;
}

/** A decimal string as the venue sent it (prices, sizes and money are strings on Lighter). */
export function decimalField(source: JsonObject, field: string): string {
  const value = source[field];
  if (!isDecimalString(value)) fail(field, "a decimal string", value);
  return value;
}

export function optionalDecimal(source: JsonObject, field: string): string | undefined {
  const value = source[field];
  if (value === undefined || value === null || value === "") return undefined;
  if (!isDecimalString(value)) fail(field, "a decimal string", value);
  return value;
}

/** An integer kept exact: JSON numbers, bigints (beyond 2^53) and digit strings are accepted. */
export function integerField(source: JsonObject, field: string): bigint {
  const value = toInteger(source[field]);
  if (value === undefined) fail(field, "an integer", source[field]);
  return value;
}

export function optionalInteger(source: JsonObject, field: string): bigint | undefined {
  const raw = source[field];
  if (raw === undefined || raw === null) return undefined;
  const value = toInteger(raw);
  if (value === undefined) fail(field, "an integer", raw);
  return value;
}

function toInteger(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  return undefined;
}

/** A small integer (market ids, counts, codes), as a number. */
export function smallIntegerField(source: JsonObject, field: string): number {
  const value = source[field];
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^-?\d{1,15}$/.test(value)) return Number(value);
  fail(field, "an integer", value);
}

export function optionalBoolean(source: JsonObject, field: string): boolean | undefined {
  const value = source[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  fail(field, "a boolean", value);
}

/** A JSON float statistic (Lighter sends daily stats as floats), as a number. */
export function optionalNumber(source: JsonObject, field: string): number | undefined {
  const value = source[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  fail(field, "a number", value);
}

/**
 * Lighter mixes time units by field: most are ms, `transaction_time` / `last_updated_at` are µs,
 * some legacy fields are seconds. Where a field's unit is not documented the magnitude decides:
 * below 1e11 is seconds, above 1e14 is microseconds, otherwise milliseconds.
 */
export function toMilliseconds(value: bigint | number): number {
  const n = typeof value === "bigint" ? Number(value) : value;
  if (n === 0) return 0;
  if (Math.abs(n) < 1e11) return n * 1000;
  if (Math.abs(n) > 1e14) return Math.floor(n / 1000);
  return n;
}

/** The values of a map keyed by market or asset id, or the items of an array, flattened one level. */
export function collectItems(value: unknown, field: string): JsonObject[] {
  if (value === undefined || value === null) return [];
  const out: JsonObject[] = [];
  const add = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const inner of item) add(inner);
    } else if (isObject(item)) {
      out.push(item);
    } else if (item !== null && item !== undefined) {
      fail(field, "objects", item);
    }
  };
  if (Array.isArray(value)) add(value);
  else if (isObject(value)) for (const item of Object.values(value)) add(item);
  else fail(field, "an array or a map of objects", value);
  return out;
}
