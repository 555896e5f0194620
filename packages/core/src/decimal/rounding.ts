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

/** numerator / denominator rounded to an integer; the caller guarantees denominator !== 0n. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const truncated = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return truncated;
  const positive = numerator > 0n;
  const awayFromZero = positive ? truncated + 1n : truncated - 1n;
  switch (mode) {
    case "toward-zero":
      return truncated;
    case "away-from-zero":
      return awayFromZero;
    case "down":
      return positive ? truncated : awayFromZero;
    case "up":
      return positive ? awayFromZero : truncated;
  }
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twiceRemainder < denominator) return truncated;
  if (twiceRemainder > denominator) return awayFromZero;
  switch (mode) {
    case "half-up":
      return positive ? awayFromZero : truncated;
    case "half-down":
      return positive ? truncated : awayFromZero;
    case "half-even":
      return truncated % 2n === 0n ? truncated : awayFromZero;
    case "half-away-from-zero":
      return awayFromZero;
  }
}
