import type { JsonValue, ParseJsonOptions } from "./types.js";

const INTEGER_LITERAL = /^-?\d+$/;

/**
 * The value one number literal becomes. `parsed` is what JSON.parse made of `source`; an integer
 * literal is unsafe exactly when that double is not a safe integer (rounding is monotonic and 2^53
 * is representable, so anything above 2^53 - 1 parses to at least 2^53).
 */
export function convertNumber(source: string, parsed: number, options: ParseJsonOptions): JsonValue {
  if (options.numbersAsStrings === true) return source;
  if (Number.isSafeInteger(parsed) || !INTEGER_LITERAL.test(source)) return parsed;
  return options.largeIntegers === "string" ? source : BigInt(source);
}

/** True when the text may hold an integer literal beyond 2^53 - 1 (every such literal has >= 16 digits). */
export function mayHoldLargeInteger(text: string): boolean {
  return /\d{16}/.test(text);
}
