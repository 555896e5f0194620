/**
 * Allocation-free readers for the price and size strings of book updates: one pass over the
 * characters validates plain decimal text and yields what the book needs. Anything unusual
 * (exponents, signs, garbage) returns false/INVALID and the caller takes the slow, fully
 * validating path through parseDecimal.
 */

/** Digits a price's integer part may have; up to 15 it is exact in a double. */
export const MAX_PRICE_INTEGER_DIGITS = 15;
/** Fractional digits held in `low`; further digits go to `tail`. 15 digits are exact in a double. */
const LOW_DIGITS = 15;
const POW10: readonly number[] = Array.from({ length: LOW_DIGITS + 1 }, (_, i) => 10 ** i);

/**
 * An exact sort key for a non-negative price: `high` = integer part, `low` = first 15 fractional
 * digits as an integer, `tail` = any further fractional digits without trailing zeros (such
 * digit strings order correctly as strings). Equal prices in any spelling ("1.50", "1.5") get
 * equal keys.
 */
export interface PriceKey {
  high: number;
  low: number;
  tail: string;
  /** The text was already normalized (no leading or trailing zeros), so it can be stored as is. */
  normalized: boolean;
}

/** Reads plain "digits[.digits]" text into `out`; false when the text is anything else. */
export function readPriceKey(text: string, out: PriceKey): boolean {
  if (typeof text !== "string") return false;
  const length = text.length;
  let i = 0;
  let high = 0;
  let c = 0;
  while (i < length) {
    c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    high = high * 10 + (c - 48);
    i++;
  }
  if (i === 0 || i > MAX_PRICE_INTEGER_DIGITS) return false;
  let normalized = i === 1 || text.charCodeAt(0) !== 48;
  let low = 0;
  let tail = "";
  if (i < length) {
    if (c !== 46) return false;
    const start = ++i;
    const lowEnd = Math.min(length, start + LOW_DIGITS);
    while (i < lowEnd) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      low = low * 10 + (c - 48);
      i++;
    }
    const lowDigits = i - start;
    if (lowDigits === 0) return false;
    low *= POW10[LOW_DIGITS - lowDigits]!;
    if (i < length) {
      let end = i;
      for (let j = i; j < length; j++) {
        c = text.charCodeAt(j);
        if (c < 48 || c > 57) return false;
        if (c !== 48) end = j + 1;
      }
      tail = text.slice(i, end);
    }
    if (text.charCodeAt(length - 1) === 48) normalized = false;
  }
  out.high = high;
  out.low = low;
  out.tail = tail;
  out.normalized = normalized;
  return true;
}

export const SIZE_INVALID = -1;
export const SIZE_ZERO = 0;
export const SIZE_NORMALIZED = 1;
export const SIZE_UNNORMALIZED = 2;

/**
 * Classifies plain "digits[.digits]" size text: SIZE_ZERO (any spelling of 0), SIZE_NORMALIZED,
 * SIZE_UNNORMALIZED (valid and positive, with leading or trailing zeros), or SIZE_INVALID for
 * anything else (including negatives and exponents, which the slow path sorts out).
 */
export function classifySize(text: string): number {
  if (typeof text !== "string") return SIZE_INVALID;
  const length = text.length;
  // Digits are handled as c = code - 48, so a digit is 0..9 and "." is -2; NaN (empty) fails too.
  let c = text.charCodeAt(0) - 48;
  if (!(c >= 0 && c <= 9)) return SIZE_INVALID;
  const first = c;
  let digits = c;
  let i = 1;
  for (; i < length; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    digits |= c;
  }
  if (i === length) {
    if (digits === 0) return SIZE_ZERO;
    return first === 0 ? SIZE_UNNORMALIZED : SIZE_NORMALIZED;
  }
  if (c !== -2 || i + 1 === length) return SIZE_INVALID;
  const leadingZero = first === 0 && i > 1;
  for (i++; i < length; i++) {
    c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return SIZE_INVALID;
    digits |= c;
  }
  if (digits === 0) return SIZE_ZERO;
  return leadingZero || c === 0 ? SIZE_UNNORMALIZED : SIZE_NORMALIZED;
}
