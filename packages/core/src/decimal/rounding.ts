/**
 * How a result that falls between two representable values is resolved. "up" and "down" name
 * directions on the number line (ceiling and floor), not directions away from or toward zero;
 * those have their own names. The "half-*" modes pick the nearest value and differ only on ties.
 */
export type RoundingMode =
  /** Toward negative infinity (floor). */
  | "down"
  /** Toward positive infinity (ceiling). */
  | "up"
  /** Drop the excess (truncate). */
  | "toward-zero"
  | "away-from-zero"
  /** Nearest; ties toward positive infinity. */
  | "half-up"
  /** Nearest; ties toward negative infinity. */
  | "half-down"
  /** Nearest; ties to the even neighbour (banker's rounding). */
  | "half-even"
  /** Nearest; ties away from zero (school rounding). */
  | "half-away-from-zero";

export const ROUNDING_MODES: readonly RoundingMode[] = [
  "down",
  "up",
  "toward-zero",
  "away-from-zero",
  "half-up",
  "half-down",
  "half-even",
  "half-away-from-zero",
];

export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value);
}
