import { Big, powerOfTen } from "./big.js";
import type { RoundingMode } from "./rounding.js";

const TWO = new Big("2");
const QUARTER = new Big("0.25");
const HALF = new Big("0.5");
const THREE_QUARTERS = new Big("0.75");

/**
 * value rounded to `scale` digits after the point (a negative scale rounds to tens, hundreds…).
 * big.js rounds magnitudes (0 toward zero, 1 half away from zero, 2 half-even, 3 away from zero),
 * so modes that name a direction on the number line map through the sign of the value.
 */
export function roundBig(value: Big, scale: number, mode: RoundingMode): Big {
  const negative = value.s < 0;
  switch (mode) {
    case "toward-zero":
      return value.round(scale, Big.roundDown);
    case "away-from-zero":
      return value.round(scale, Big.roundUp);
    case "down":
      return value.round(scale, negative ? Big.roundUp : Big.roundDown);
    case "up":
      return value.round(scale, negative ? Big.roundDown : Big.roundUp);
    case "half-even":
      return value.round(scale, Big.roundHalfEven);
    case "half-away-from-zero":
      return value.round(scale, Big.roundHalfUp);
    case "half-up":
      return negative ? roundHalfTowardZero(value, scale) : value.round(scale, Big.roundHalfUp);
    case "half-down":
      return negative ? value.round(scale, Big.roundHalfUp) : roundHalfTowardZero(value, scale);
  }
}

/**
 * numerator / denominator rounded to `scale` digits after the point; the caller guarantees a
 * non-zero denominator. The exact quotient may not be a finite decimal, so it is never formed:
 * big.js's div (configured to truncate to an integer, see big.ts) gives the digits up to the
 * scale, and the remainder decides the rounding.
 */
export function divideToScale(numerator: Big, denominator: Big, scale: number, mode: RoundingMode): Big {
  const shifted = scale === 0 ? numerator : numerator.times(powerOfTen(scale));
  const truncated = shifted.div(denominator);
  const remainder = shifted.minus(truncated.times(denominator));
  if (remainder.c[0] === 0) return scale === 0 ? truncated : truncated.times(powerOfTen(-scale));
  // truncated + remainder/denominator, where 0 < |remainder/denominator| < 1. A quarter, a half or
  // three quarters of a unit rounds, in every mode, exactly as that fraction does.
  const twiceRemainder = remainder.times(TWO).abs().cmp(denominator.abs());
  const fraction = twiceRemainder < 0 ? QUARTER : twiceRemainder > 0 ? THREE_QUARTERS : HALF;
  const negative = numerator.s !== denominator.s;
  const standIn = negative ? truncated.minus(fraction) : truncated.plus(fraction);
  const rounded = roundBig(standIn, 0, mode);
  return scale === 0 ? rounded : rounded.times(powerOfTen(-scale));
}

/** Nearest, ties toward zero: the one tie rule big.js lacks. */
function roundHalfTowardZero(value: Big, scale: number): Big {
  return value.round(scale, isTie(value, scale) ? Big.roundDown : Big.roundHalfUp);
}

/**
 * True when value lies exactly halfway between two multiples of 10^-scale. Read from big.js's
 * documented representation (value = c0.c1c2… × 10^e, no trailing zero digits): the first digit
 * dropped at this scale, the one worth 10^-(scale+1), is the last digit and a 5.
 */
function isTie(value: Big, scale: number): boolean {
  const firstDropped = value.e + scale + 1;
  return firstDropped === value.c.length - 1 && value.c[firstDropped] === 5;
}
