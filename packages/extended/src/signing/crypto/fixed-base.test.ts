import { describe, expect, it, vi } from "vitest";
import { CURVE_ORDER } from "./constants.js";
import { GENERATOR, isOnCurve, multiplyPoint } from "./curve.js";

/** A fresh copy of the module: its table starts unbuilt. */
async function freshFixedBase() {
  vi.resetModules();
  return import("./fixed-base.js");
}

describe("fixed-base k·G", () => {
  it("answers on bigint first, then builds the table a row per call, with the same results", async () => {
    const { multiplyGenerator } = await freshFixedBase();
    // 2 calls before building, 26 rows for the default width, then calls on the complete table.
    for (let i = 0; i < 32; i++) {
      const k = (0x1234567890abcdefn * BigInt(i + 1) ** 9n) % CURVE_ORDER;
      expect(multiplyGenerator(k)).toEqual(multiplyPoint(k, GENERATOR));
    }
  });

  it("handles the additions where the accumulator meets ± the table point, at every width", async () => {
    const { multiplyGenerator, precomputeGeneratorTable } = await freshFixedBase();
    // k = 2^252 − N: the last window's addition is a doubling (its partial sum equals the digit's point).
    const exceptional = (1n << 252n) - CURVE_ORDER;
    const expected = multiplyPoint(exceptional, GENERATOR);
    const minusG = multiplyPoint(CURVE_ORDER - 1n, GENERATOR);
    for (const width of [4, 5, 7, 8, 11]) {
      precomputeGeneratorTable(width);
      const p = multiplyGenerator(exceptional);
      expect(p).toEqual(expected);
      expect(isOnCurve(p)).toBe(true);
      expect(multiplyGenerator(CURVE_ORDER - 1n)).toEqual(minusG);
    }
  });
});
