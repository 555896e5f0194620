import { ValidationError } from "../errors/errors.js";
import { type FixedPoint, formatFixedPoint, pow10, rescale, toFixedPoint } from "./fixed-point.js";
import { parseDecimal } from "./parse.js";
import { divideRounded, isRoundingMode, type RoundingMode } from "./rounding.js";

/** Largest scale (digits after the point) accepted where a caller chooses one. */
export const MAX_DECIMAL_SCALE = 1000;

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const x = read(a, "a");
  const y = read(b, "b");
  const scale = Math.max(x.scale, y.scale);
  const left = rescale(x, scale);
  const right = rescale(y, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equalsDecimal(a: string, b: string): boolean {
  return compareDecimal(a, b) === 0;
}

export function minDecimal(a: string, b: string): string {
  return compareDecimal(a, b) <= 0 ? parseDecimal(a, "a") : parseDecimal(b, "b");
}

export function maxDecimal(a: string, b: string): string {
  return compareDecimal(a, b) >= 0 ? parseDecimal(a, "a") : parseDecimal(b, "b");
}

/** -1, 0 or 1 by the sign of the value. */
export function signDecimal(value: string): -1 | 0 | 1 {
  const normalized = parseDecimal(value);
  return normalized === "0" ? 0 : normalized.charCodeAt(0) === 45 ? -1 : 1;
}

export function isZeroDecimal(value: string): boolean {
  return parseDecimal(value) === "0";
}

export function negateDecimal(value: string): string {
  const normalized = parseDecimal(value);
  if (normalized === "0") return normalized;
  return normalized.charCodeAt(0) === 45 ? normalized.slice(1) : `-${normalized}`;
}

export function absDecimal(value: string): string {
  const normalized = parseDecimal(value);
  return normalized.charCodeAt(0) === 45 ? normalized.slice(1) : normalized;
}

/** Exact sum, normalized. */
export function addDecimal(a: string, b: string): string {
  const x = read(a, "a");
  const y = read(b, "b");
  const scale = Math.max(x.scale, y.scale);
  return formatFixedPoint(rescale(x, scale) + rescale(y, scale), scale);
}

/** Exact difference a - b, normalized. */
export function subDecimal(a: string, b: string): string {
  const x = read(a, "a");
  const y = read(b, "b");
  const scale = Math.max(x.scale, y.scale);
  return formatFixedPoint(rescale(x, scale) - rescale(y, scale), scale);
}

/** Exact product, normalized (its scale is the sum of the operands' scales). */
export function mulDecimal(a: string, b: string): string {
  const x = read(a, "a");
  const y = read(b, "b");
  return formatFixedPoint(x.coefficient * y.coefficient, x.scale + y.scale);
}

/**
 * a / b rounded to `scale` digits after the point with the given mode; division is the one
 * operation whose exact result may not be a finite decimal, so both are required.
 */
export function divDecimal(a: string, b: string, scale: number, rounding: RoundingMode): string {
  const x = read(a, "a");
  const y = read(b, "b");
  checkScale(scale);
  checkRounding(rounding);
  if (y.coefficient === 0n) {
    throw new ValidationError("Division by zero", { issues: [{ path: ["b"], message: "must not be zero" }] });
  }
  // a/b * 10^scale = (xc * 10^(scale + ys)) / (yc * 10^xs)
  let numerator = x.coefficient;
  let denominator = y.coefficient;
  const shift = scale + y.scale - x.scale;
  if (shift >= 0) numerator *= pow10(shift);
  else denominator *= pow10(-shift);
  return formatFixedPoint(divideRounded(numerator, denominator, rounding), scale);
}

/** The value rounded to `scale` digits after the point (a negative scale rounds to tens, hundreds…). */
export function roundDecimal(value: string, scale: number, rounding: RoundingMode): string {
  const x = read(value, "value");
  checkScale(scale);
  checkRounding(rounding);
  if (x.scale <= scale) return formatFixedPoint(x.coefficient, x.scale);
  return formatFixedPoint(divideRounded(x.coefficient, pow10(x.scale - scale), rounding), scale);
}

/** Digits after the point in the normalized value ("1.50" → 1, "100" → 0). */
export function decimalPlaces(value: string): number {
  const normalized = parseDecimal(value);
  const dot = normalized.indexOf(".");
  return dot < 0 ? 0 : normalized.length - dot - 1;
}

export function read(value: string, field: string): FixedPoint {
  return toFixedPoint(parseDecimal(value, field));
}

export function checkScale(scale: number, field = "scale"): void {
  if (!Number.isSafeInteger(scale) || Math.abs(scale) > MAX_DECIMAL_SCALE) {
    throw new ValidationError(
      `${field} must be an integer between -${MAX_DECIMAL_SCALE} and ${MAX_DECIMAL_SCALE}`,
      {
        issues: [{ path: [field], message: "expected an integer" }],
      },
    );
  }
}

export function checkRounding(rounding: unknown): asserts rounding is RoundingMode {
  if (!isRoundingMode(rounding)) {
    throw new ValidationError(`Unknown rounding mode ${JSON.stringify(String(rounding))}`, {
      issues: [{ path: ["rounding"], message: "expected a RoundingMode" }],
    });
  }
}
