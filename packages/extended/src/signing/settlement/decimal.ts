/*
 * Exact decimal arithmetic on scaled bigints for the amounts that get signed: a decimal string
 * "12.340" is 12340 × 10^-3. Nothing here passes through floating point.
 */

export interface ScaledDecimal {
  /** The digits as an integer. */
  readonly units: bigint;
  /** Number of digits after the decimal point. */
  readonly scale: number;
}

export const DECIMAL_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Parses a non-negative plain decimal string (no sign, no exponent). */
export function parseDecimal(text: string): ScaledDecimal {
  if (!DECIMAL_PATTERN.test(text)) throw new RangeError("expected a non-negative decimal string");
  const dot = text.indexOf(".");
  if (dot < 0) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

export function multiply(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function add(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * pow10(scale - a.scale) + b.units * pow10(scale - b.scale), scale };
}

export function isZero(a: ScaledDecimal): boolean {
  return a.units === 0n;
}

/** a × factor rounded to an integer: ceiling or floor (a ≥ 0). */
export function toInteger(a: ScaledDecimal, factor: bigint, rounding: "ceil" | "floor"): bigint {
  const numerator = a.units * factor;
  const denominator = pow10(a.scale);
  const quotient = numerator / denominator;
  return rounding === "ceil" && quotient * denominator !== numerator ? quotient + 1n : quotient;
}

/** Decimal string of units × 10^-scale, without trailing zeros. */
export function formatDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Number of significant decimals of a step such as "0.0010" (3). */
export function decimalsOf(step: ScaledDecimal): number {
  let { units, scale } = step;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return scale;
}
