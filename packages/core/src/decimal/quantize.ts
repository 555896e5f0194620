import { ValidationError } from "../errors/errors.js";
import { checkRounding, read } from "./arithmetic.js";
import { type FixedPoint, formatFixedPoint, rescale } from "./fixed-point.js";
import type { RoundingMode } from "./rounding.js";
import { divideRounded } from "./rounding.js";

/**
 * The multiple of `step` (a tick or lot size, > 0) nearest to `value` in the direction the
 * rounding mode names: quantize("101.37", "0.25", "down") === "101.25".
 */
export function quantize(value: string, step: string, rounding: RoundingMode): string {
  const x = read(value, "value");
  const s = readStep(step);
  checkRounding(rounding);
  const scale = Math.max(x.scale, s.scale);
  const unit = rescale(s, scale);
  return formatFixedPoint(divideRounded(rescale(x, scale), unit, rounding) * unit, scale);
}

/** True when value is an exact integer multiple of step (> 0). */
export function isMultipleOf(value: string, step: string): boolean {
  const x = read(value, "value");
  const s = readStep(step);
  const scale = Math.max(x.scale, s.scale);
  return rescale(x, scale) % rescale(s, scale) === 0n;
}

function readStep(step: string): FixedPoint {
  const s = read(step, "step");
  if (s.coefficient <= 0n) {
    throw new ValidationError(`step must be greater than zero, got ${JSON.stringify(step)}`, {
      issues: [{ path: ["step"], message: "must be > 0" }],
    });
  }
  return s;
}
