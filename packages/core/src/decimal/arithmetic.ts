import { ValidationError } from "../errors/errors.js";
import { Big, formatBig, readBig } from "./big.js";
import { divideToScale, roundBig } from "./big-rounding.js";
import { parseDecimal } from "./parse.js";
import { isRoundingMode, type RoundingMode } from "./rounding.js";

/** Largest scale (digits after the point) accepted where a caller chooses one. */
export const MAX_DECIMAL_SCALE = 1000;

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  return readBig(a, "a").cmp(readBig(b, "b"));
}

export function equalsDecimal(a: string, b: string): boolean {
  return compareDecimal(a, b) === 0;
}

export function minDecimal(a: string, b: string): string {
  const x = parseDecimal(a, "a");
  const y = parseDecimal(b, "b");
  return new Big(x).cmp(new Big(y)) <= 0 ? x : y;
}

export function maxDecimal(a: string, b: string): string {
  const x = parseDecimal(a, "a");
  const y = parseDecimal(b, "b");
  return new Big(x).cmp(new Big(y)) >= 0 ? x : y;
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
  return formatBig(readBig(a, "a").plus(readBig(b, "b")));
}

/** Exact difference a - b, normalized. */
export function subDecimal(a: string, b: string): string {
  return formatBig(readBig(a, "a").minus(readBig(b, "b")));
}

/** Exact product, normalized (its scale is the sum of the operands' scales). */
export function mulDecimal(a: string, b: string): string {
  return formatBig(readBig(a, "a").times(readBig(b, "b")));
}

/**
 * a / b rounded to `scale` digits after the point with the given mode; division is the one
 * operation whose exact result may not be a finite decimal, so both are required.
 */
export function divDecimal(a: string, b: string, scale: number, rounding: RoundingMode): string {
  const x = readBig(a, "a");
  const y = readBig(b, "b");
  checkScale(scale);
  checkRounding(rounding);
  if (y.c[0] === 0) {
    throw new ValidationError("Division by zero", { issues: [{ path: ["b"], message: "must not be zero" }] });
  }
  return formatBig(divideToScale(x, y, scale, rounding));
}

/** The value rounded to `scale` digits after the point (a negative scale rounds to tens, hundreds…). */
export function roundDecimal(value: string, scale: number, rounding: RoundingMode): string {
  const normalized = parseDecimal(value, "value");
  checkScale(scale);
  checkRounding(rounding);
  if (placesOf(normalized) <= scale) return normalized;
  return formatBig(roundBig(new Big(normalized), scale, rounding));
}

/** Digits after the point in the normalized value ("1.50" → 1, "100" → 0). */
export function decimalPlaces(value: string): number {
  return placesOf(parseDecimal(value));
}

function placesOf(normalized: string): number {
  const dot = normalized.indexOf(".");
  return dot < 0 ? 0 : normalized.length - dot - 1;
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
