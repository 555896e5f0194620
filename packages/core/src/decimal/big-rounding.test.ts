import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Big, formatBig } from "./big.js";
import { divideToScale, roundBig } from "./big-rounding.js";
import { formatFixedPoint } from "./fixed-point.js";
import { ROUNDING_MODES, type RoundingMode } from "./rounding.js";

// Ties and near-ties at scale 1, one row per value: the result in each mode.
const rows: [string, Record<RoundingMode, string>][] = [
  [
    "0.25",
    {
      down: "0.2",
      up: "0.3",
      "toward-zero": "0.2",
      "away-from-zero": "0.3",
      "half-up": "0.3",
      "half-down": "0.2",
      "half-even": "0.2",
      "half-away-from-zero": "0.3",
    },
  ],
  [
    "-0.25",
    {
      down: "-0.3",
      up: "-0.2",
      "toward-zero": "-0.2",
      "away-from-zero": "-0.3",
      "half-up": "-0.2",
      "half-down": "-0.3",
      "half-even": "-0.2",
      "half-away-from-zero": "-0.3",
    },
  ],
  [
    "-0.35",
    {
      down: "-0.4",
      up: "-0.3",
      "toward-zero": "-0.3",
      "away-from-zero": "-0.4",
      "half-up": "-0.3",
      "half-down": "-0.4",
      "half-even": "-0.4",
      "half-away-from-zero": "-0.4",
    },
  ],
  [
    "-0.2500001",
    {
      down: "-0.3",
      up: "-0.2",
      "toward-zero": "-0.2",
      "away-from-zero": "-0.3",
      "half-up": "-0.3",
      "half-down": "-0.3",
      "half-even": "-0.3",
      "half-away-from-zero": "-0.3",
    },
  ],
  [
    "0.2499999",
    {
      down: "0.2",
      up: "0.3",
      "toward-zero": "0.2",
      "away-from-zero": "0.3",
      "half-up": "0.2",
      "half-down": "0.2",
      "half-even": "0.2",
      "half-away-from-zero": "0.2",
    },
  ],
  [
    "-0.04",
    {
      down: "-0.1",
      up: "0",
      "toward-zero": "0",
      "away-from-zero": "-0.1",
      "half-up": "0",
      "half-down": "0",
      "half-even": "0",
      "half-away-from-zero": "0",
    },
  ],
];

describe("roundBig", () => {
  for (const [value, expected] of rows) {
    for (const mode of ROUNDING_MODES) {
      it(`${value} ${mode} → ${expected[mode]}`, () => {
        expect(formatBig(roundBig(new Big(value), 1, mode))).toBe(expected[mode]);
      });
    }
  }

  it("finds ties at negative scales and below the point", () => {
    expect(formatBig(roundBig(new Big("-150"), -2, "half-up"))).toBe("-100");
    expect(formatBig(roundBig(new Big("150"), -2, "half-down"))).toBe("100");
    expect(formatBig(roundBig(new Big("151"), -2, "half-down"))).toBe("200");
    expect(formatBig(roundBig(new Big("0.005"), 2, "half-down"))).toBe("0");
    expect(formatBig(roundBig(new Big("0.0005"), 2, "up"))).toBe("0.01");
    expect(formatBig(roundBig(new Big("0.0005"), 2, "half-up"))).toBe("0");
  });

  it("matches exact integer arithmetic in every mode (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: -3, max: 8 }),
        fc.constantFrom(...ROUNDING_MODES),
        (units, valueScale, scale, mode) => {
          const value = formatFixedPoint(units, valueScale);
          const expected =
            scale >= valueScale
              ? value
              : formatFixedPoint(referenceDivide(units, 10n ** BigInt(valueScale - scale), mode), scale);
          expect(formatBig(roundBig(new Big(value), scale, mode))).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("divideToScale", () => {
  it("rounds non-terminating quotients in every mode", () => {
    const third = (mode: RoundingMode) => formatBig(divideToScale(new Big("-2"), new Big("3"), 2, mode));
    expect(ROUNDING_MODES.map(third)).toEqual([
      "-0.67",
      "-0.66",
      "-0.66",
      "-0.67",
      "-0.67",
      "-0.67",
      "-0.67",
      "-0.67",
    ]);
  });

  it("resolves exact ties of the remainder", () => {
    const half = (mode: RoundingMode) => formatBig(divideToScale(new Big("-5"), new Big("4"), 1, mode));
    // -1.25 at one decimal
    expect(ROUNDING_MODES.map(half)).toEqual([
      "-1.3",
      "-1.2",
      "-1.2",
      "-1.3",
      "-1.2",
      "-1.3",
      "-1.2",
      "-1.3",
    ]);
  });

  it("matches exact integer arithmetic in every mode (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).filter((d) => d !== 0n),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, mode) => {
          expect(formatBig(divideToScale(new Big(n), new Big(d), 0, mode))).toBe(
            referenceDivide(n, d, mode).toString(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** n / d rounded to an integer with plain bigint arithmetic, as the reference. */
function referenceDivide(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const floor = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const remainder = n - floor * d; // 0 <= remainder < d
  if (remainder === 0n) return floor;
  const ceiling = floor + 1n;
  const towardZero = n < 0n ? ceiling : floor;
  const awayFromZero = n < 0n ? floor : ceiling;
  const twice = remainder * 2n;
  const nearest = (tie: bigint) => (twice < d ? floor : twice > d ? ceiling : tie);
  switch (mode) {
    case "down":
      return floor;
    case "up":
      return ceiling;
    case "toward-zero":
      return towardZero;
    case "away-from-zero":
      return awayFromZero;
    case "half-up":
      return nearest(ceiling);
    case "half-down":
      return nearest(floor);
    case "half-even":
      return nearest(floor % 2n === 0n ? floor : ceiling);
    case "half-away-from-zero":
      return nearest(awayFromZero);
  }
}
