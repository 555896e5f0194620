import { describe, expect, it } from "vitest";
import { Big, scaledUnits } from "./big.js";
import { divideToScale } from "./big-rounding.js";
import { isRoundingMode, ROUNDING_MODES, type RoundingMode } from "./rounding.js";

/** An integer quotient through the division every helper uses, so the table pins each mode's mapping. */
const divideRounded = (numerator: bigint, denominator: bigint, mode: RoundingMode): bigint =>
  scaledUnits(divideToScale(new Big(numerator), new Big(denominator), 0, mode), 0);

// Each row: numerator/denominator, then the expected integer per mode.
const cases: [bigint, bigint, Record<RoundingMode, bigint>][] = [
  [
    5n,
    2n,
    {
      down: 2n,
      up: 3n,
      "toward-zero": 2n,
      "away-from-zero": 3n,
      "half-up": 3n,
      "half-down": 2n,
      "half-even": 2n,
      "half-away-from-zero": 3n,
    },
  ],
  [
    -5n,
    2n,
    {
      down: -3n,
      up: -2n,
      "toward-zero": -2n,
      "away-from-zero": -3n,
      "half-up": -2n,
      "half-down": -3n,
      "half-even": -2n,
      "half-away-from-zero": -3n,
    },
  ],
  [
    7n,
    2n,
    {
      down: 3n,
      up: 4n,
      "toward-zero": 3n,
      "away-from-zero": 4n,
      "half-up": 4n,
      "half-down": 3n,
      "half-even": 4n,
      "half-away-from-zero": 4n,
    },
  ],
  [
    7n,
    3n,
    {
      down: 2n,
      up: 3n,
      "toward-zero": 2n,
      "away-from-zero": 3n,
      "half-up": 2n,
      "half-down": 2n,
      "half-even": 2n,
      "half-away-from-zero": 2n,
    },
  ],
  [
    -8n,
    3n,
    {
      down: -3n,
      up: -2n,
      "toward-zero": -2n,
      "away-from-zero": -3n,
      "half-up": -3n,
      "half-down": -3n,
      "half-even": -3n,
      "half-away-from-zero": -3n,
    },
  ],
  [
    6n,
    -4n,
    {
      down: -2n,
      up: -1n,
      "toward-zero": -1n,
      "away-from-zero": -2n,
      "half-up": -1n,
      "half-down": -2n,
      "half-even": -2n,
      "half-away-from-zero": -2n,
    },
  ],
];

describe("divideRounded", () => {
  for (const [n, d, expected] of cases) {
    for (const mode of ROUNDING_MODES) {
      it(`${n}/${d} ${mode} → ${expected[mode]}`, () => {
        expect(divideRounded(n, d, mode)).toBe(expected[mode]);
      });
    }
  }

  it("is exact when the division is", () => {
    for (const mode of ROUNDING_MODES) expect(divideRounded(-12n, 4n, mode)).toBe(-3n);
  });

  it("recognizes its modes", () => {
    expect(isRoundingMode("half-even")).toBe(true);
    expect(isRoundingMode("HALF_EVEN")).toBe(false);
    expect(isRoundingMode(1)).toBe(false);
  });
});
