import { ValidationError } from "@perp/core";

/**
 * Exact decimal arithmetic on bigint integers scaled by a power of ten. Every amount in the engine is
 * an integer count of "atoms" (10^-scale units); division always names its rounding.
 */

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export type Rounding = "floor" | "ceil" | "trunc" | "half-even";

const POWERS: bigint[] = [];

export function pow10(exponent: number): bigint {
  if (!Number.isInteger(exponent) || exponent < 0)
    throw new RangeError(`pow10 needs a natural exponent, got ${exponent}`);
  let cached = POWERS[exponent];
  if (cached === undefined) {
    cached = 10n ** BigInt(exponent);
    POWERS[exponent] = cached;
  }
  return cached;
}

function assertDecimal(value: unknown, field: string): asserts value is string {
  if (typeof value !== "string" || !DECIMAL_PATTERN.test(value)) {
    throw new ValidationError(
      `${field} must be a decimal string such as "12.5", got ${JSON.stringify(value)}`,
      {
        issues: [
          { path: [field], message: "not a plain decimal string (no exponent, no sign other than '-')" },
        ],
      },
    );
  }
}

/** Fractional digits of a decimal string once trailing zeros are dropped ("1.250" → 2). */
export function decimalsOf(value: string, field = "value"): number {
  assertDecimal(value, field);
  const dot = value.indexOf(".");
  if (dot < 0) return 0;
  return value.slice(dot + 1).replace(/0+$/, "").length;
}

/**
 * The decimal string as an integer of 10^-scale atoms, or undefined when it has more precision than the
 * scale can hold (a business-rule failure the caller maps to its own rejection). Malformed text throws.
 */
export function tryParseScaled(value: string, scale: number, field = "value"): bigint | undefined {
  assertDecimal(value, field);
  const negative = value.startsWith("-");
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? "" : body.slice(dot + 1).replace(/0+$/, "");
  if (fraction.length > scale) return undefined;
  const units = BigInt(whole) * pow10(scale) + BigInt(fraction.padEnd(scale, "0") || "0");
  return negative ? -units : units;
}

/** Like tryParseScaled, but too much precision is a ValidationError. */
export function parseScaled(value: string, scale: number, field = "value"): bigint {
  const units = tryParseScaled(value, scale, field);
  if (units === undefined) {
    throw new ValidationError(`${field} has more than ${scale} decimal places: ${value}`, {
      issues: [{ path: [field], message: `at most ${scale} decimal places` }],
    });
  }
  return units;
}

/** Normalized decimal text of an atom count: no exponent, no trailing zeros, "0" for zero. */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const text = fraction.length > 0 ? `${whole}.${fraction}` : whole;
  return negative && text !== "0" ? `-${text}` : text;
}

/** numerator / denominator with the named rounding; the denominator must be non-zero. */
export function divRound(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  switch (rounding) {
    case "trunc":
      return quotient;
    case "floor":
      return numerator < 0n ? quotient - 1n : quotient;
    case "ceil":
      return numerator > 0n ? quotient + 1n : quotient;
    case "half-even": {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      const away = numerator < 0n ? quotient - 1n : quotient + 1n;
      if (twice > denominator) return away;
      if (twice < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : away;
    }
  }
}

export function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** A dimensionless decimal factor (a fee rate, a funding rate, a leverage) kept exactly. */
export interface Ratio {
  units: bigint;
  scale: number;
}

export function parseRatio(value: string, field: string): Ratio {
  const scale = decimalsOf(value, field);
  return { units: parseScaled(value, scale, field), scale };
}

export function formatRatio(ratio: Ratio): string {
  return formatScaled(ratio.units, ratio.scale);
}

/** amount × ratio, rounded as named. */
export function mulRatio(amount: bigint, ratio: Ratio, rounding: Rounding): bigint {
  return divRound(amount * ratio.units, pow10(ratio.scale), rounding);
}

/** amount ÷ ratio, rounded as named; the ratio must be non-zero. */
export function divRatio(amount: bigint, ratio: Ratio, rounding: Rounding): bigint {
  return divRound(amount * pow10(ratio.scale), ratio.units, rounding);
}
