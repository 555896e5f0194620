import { ValidationError } from "../errors/errors.js";
import { checkRounding } from "./arithmetic.js";
import { Big, fitsScale, formatBig, readBig } from "./big.js";
import { divideToScale, roundBig } from "./big-rounding.js";
import { powerOfTenDecimals } from "./fixed-point.js";
import { parseDecimal } from "./parse.js";
import type { RoundingMode } from "./rounding.js";

/**
 * The multiple of `step` (a tick or lot size, > 0) nearest to `value` in the direction the
 * rounding mode names: quantize("101.37", "0.25", "down") === "101.25".
 */
export function quantize(value: string, step: string, rounding: RoundingMode): string {
  const x = readBig(value, "value");
  const s = readStep(step);
  checkRounding(rounding);
  // Most ticks and lots are powers of ten; rounding to a digit needs no division.
  const decimals = powerOfTenDecimals(s);
  if (decimals !== undefined) return formatBig(roundBig(x, decimals, rounding));
  const unit = new Big(s);
  return formatBig(divideToScale(x, unit, 0, rounding).times(unit));
}

/** True when value is an exact integer multiple of step (> 0). */
export function isMultipleOf(value: string, step: string): boolean {
  const x = readBig(value, "value");
  const s = readStep(step);
  const decimals = powerOfTenDecimals(s);
  if (decimals !== undefined) return fitsScale(x, decimals);
  return x.mod(new Big(s)).c[0] === 0;
}

/** The step in normalized form, refused unless > 0. */
function readStep(step: string): string {
  const normalized = parseDecimal(step, "step");
  if (normalized === "0" || normalized.charCodeAt(0) === 45) {
    throw new ValidationError(`step must be greater than zero, got ${JSON.stringify(step)}`, {
      issues: [{ path: ["step"], message: "must be > 0" }],
    });
  }
  return normalized;
}
