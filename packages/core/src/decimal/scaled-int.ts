import { ValidationError } from "../errors/errors.js";
import { checkRounding, checkScale } from "./arithmetic.js";
import { fitsScale, readBig, scaledUnits } from "./big.js";
import { roundBig } from "./big-rounding.js";
import { formatFixedPoint, powerOfTenDecimals } from "./fixed-point.js";
import { parseDecimal } from "./parse.js";
import type { RoundingMode } from "./rounding.js";

/**
 * How many decimals an integer unit carries: either the count (4 → units of 0.0001) or the
 * unit itself as a power-of-ten step ("0.0001", "1", "10").
 */
export type Precision = number | string;

export interface ToScaledIntOptions {
  /** Round instead of throwing when the value has more digits than the precision keeps. */
  rounding?: RoundingMode;
}

/**
 * The value as an integer count of 10^-decimals units, computed without floats:
 * toScaledInt("1.2345", 4) === 12345n. Throws ValidationError when digits would be lost,
 * unless a rounding mode is given.
 */
export function toScaledInt(value: string, precision: Precision, options: ToScaledIntOptions = {}): bigint {
  const x = readBig(value, "value");
  const decimals = decimalsOf(precision);
  if (options.rounding !== undefined) checkRounding(options.rounding);
  let kept = x;
  if (options.rounding !== undefined) {
    kept = roundBig(x, decimals, options.rounding);
  } else if (!fitsScale(x, decimals)) {
    throw new ValidationError(
      `${JSON.stringify(value)} has more than ${decimals} decimals; pass a rounding mode to round it`,
      { issues: [{ path: ["value"], message: `precision is ${decimals} decimals` }] },
    );
  }
  return scaledUnits(kept, decimals);
}

/** The decimal string for an integer count of 10^-decimals units: fromScaledInt(12345n, 4) === "1.2345". */
export function fromScaledInt(value: bigint | string, precision: Precision): string {
  let units: bigint;
  if (typeof value === "bigint") {
    units = value;
  } else if (typeof value === "string" && /^-?\d+$/.test(value)) {
    units = BigInt(value);
  } else {
    throw new ValidationError("fromScaledInt expects a bigint or an integer string", {
      issues: [{ path: ["value"], message: "expected an integer" }],
    });
  }
  return formatFixedPoint(units, decimalsOf(precision));
}

/** The decimal count a Precision stands for; a step must be a power of ten ("0.01" → 2, "100" → -2). */
export function decimalsOf(precision: Precision): number {
  if (typeof precision === "number") {
    checkScale(precision, "decimals");
    return precision;
  }
  const decimals = powerOfTenDecimals(parseDecimal(precision, "step"));
  if (decimals === undefined) {
    throw new ValidationError(
      `step ${JSON.stringify(precision)} is not a power of ten; quantize to it instead`,
      {
        issues: [{ path: ["step"], message: "expected 1, 10, 100… or 0.1, 0.01…" }],
      },
    );
  }
  return decimals;
}
