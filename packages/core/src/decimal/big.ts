import BigJs from "big.js";
import { parseDecimal } from "./parse.js";

/**
 * This module's own big.js constructor. The library-wide settings (BigJs.DP, RM, NE, PE, strict)
 * belong to whoever else imports big.js, so they are never read or written here.
 *
 * - strict: only strings (and bigints) become Bigs, so a float can never slip in.
 * - NE/PE at their limits: toString never switches to exponent notation.
 * - DP 0, RM 0: `div` has no rounding parameter and rounds with these, so here it always yields
 *   the quotient truncated to an integer; every other rounding passes its mode explicitly.
 */
export const Big = BigJs();
Big.strict = true;
Big.NE = -1e6;
Big.PE = 1e6;
Big.DP = 0;
Big.RM = Big.roundDown;

export type Big = BigJs;

/** The value as a Big after validation; parse errors name `field`. */
export function readBig(value: string, field: string): Big {
  return new Big(parseDecimal(value, field));
}

/** Normalized text (see parseDecimal): toFixed without arguments never uses an exponent or "-0". */
export function formatBig(value: Big): string {
  return value.toFixed();
}

/**
 * 10^exponent as a Big. The common ones are built once and shared: a Big's methods never change
 * the value they are called on or given, so sharing is safe as long as no code here assigns to one.
 */
export function powerOfTen(exponent: number): Big {
  let power = sharedPowers.get(exponent);
  if (power === undefined) {
    power = new Big(`1e${exponent}`);
    if (Math.abs(exponent) <= MAX_SHARED_EXPONENT) sharedPowers.set(exponent, power);
  }
  return power;
}

const MAX_SHARED_EXPONENT = 64;
const sharedPowers = new Map<number, Big>();

/**
 * True when value has no digit below 10^-scale. Read from big.js's documented representation
 * (value = c0.c1c2… × 10^e, no trailing zero digits), so nothing is allocated.
 */
export function fitsScale(value: Big, scale: number): boolean {
  return value.c[0] === 0 || value.c.length - 1 - value.e <= scale;
}

/**
 * value × 10^decimals as a bigint, for a value that fitsScale(value, decimals): its digits (see
 * fitsScale) followed by the zeros the shift adds, so no float and no intermediate Big is involved.
 */
export function scaledUnits(value: Big, decimals: number): bigint {
  const digits = value.c;
  if (digits[0] === 0) return 0n;
  const text = digits.join("") + "0".repeat(value.e + decimals - (digits.length - 1));
  return BigInt(value.s < 0 ? `-${text}` : text);
}
