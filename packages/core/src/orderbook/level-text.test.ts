import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifySize,
  type PriceKey,
  readPriceKey,
  SIZE_INVALID,
  SIZE_NORMALIZED,
  SIZE_UNNORMALIZED,
  SIZE_ZERO,
} from "./level-text.js";

const key = (text: string): PriceKey | undefined => {
  const out: PriceKey = { high: -1, low: -1, tail: "?", normalized: false };
  return readPriceKey(text, out) ? out : undefined;
};

describe("readPriceKey", () => {
  it("reads integer part, first 15 fractional digits and the rest", () => {
    expect(key("65000.1")).toEqual({ high: 65000, low: 100000000000000, tail: "", normalized: true });
    expect(key("0.00000001")).toEqual({ high: 0, low: 10000000, tail: "", normalized: true });
    expect(key("7")).toEqual({ high: 7, low: 0, tail: "", normalized: true });
    expect(key("1.0000000000000000012")).toEqual({ high: 1, low: 0, tail: "0012", normalized: true });
    expect(key("999999999999999.999999999999999999")).toEqual({
      high: 999999999999999,
      low: 999999999999999,
      tail: "999",
      normalized: true,
    });
  });

  it("gives every spelling of a price the same key and flags unnormalized text", () => {
    const a = key("65000.1");
    const b = key("065000.1000");
    expect(b).toEqual({ ...a, normalized: false });
    expect(key("1.00000000000000001000")).toEqual({ high: 1, low: 0, tail: "01", normalized: false });
  });

  it("refuses non-strings", () => {
    expect(key(1 as never)).toBeUndefined();
    expect(classifySize(1 as never)).toBe(SIZE_INVALID);
  });

  it.each(["", "-1", "+1", ".5", "5.", "1e5", "1.2.3", "1,5", " 1", "1 ", "1234567890123456", "0x1"])(
    "refuses %j (the slow path handles or rejects it)",
    (text) => {
      expect(key(text)).toBeUndefined();
    },
  );
});

describe("classifySize", () => {
  it.each([
    ["0", SIZE_ZERO],
    ["0.0", SIZE_ZERO],
    ["0.00000000", SIZE_ZERO],
    ["000", SIZE_ZERO],
    ["1", SIZE_NORMALIZED],
    ["0.5", SIZE_NORMALIZED],
    ["12.345", SIZE_NORMALIZED],
    ["1.50", SIZE_UNNORMALIZED],
    ["01", SIZE_UNNORMALIZED],
    ["00.5", SIZE_UNNORMALIZED],
    ["10", SIZE_NORMALIZED],
    ["", SIZE_INVALID],
    ["-1", SIZE_INVALID],
    ["1e3", SIZE_INVALID],
    ["1.", SIZE_INVALID],
    [".1", SIZE_INVALID],
    ["1.2.3", SIZE_INVALID],
    ["NaN", SIZE_INVALID],
    ["1/2", SIZE_INVALID],
    ["1:2", SIZE_INVALID],
  ])("classifies %j", (text, kind) => {
    expect(classifySize(text)).toBe(kind);
  });

  it("agrees with the decimal grammar on random text (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9./-]{0,8}$/), (text) => {
        const valid = /^\d+(\.\d+)?$/.test(text);
        const normalized = /^(0|[1-9]\d*)(\.\d*[1-9])?$/.test(text);
        const expected = !valid
          ? SIZE_INVALID
          : Number(text) === 0
            ? SIZE_ZERO
            : normalized
              ? SIZE_NORMALIZED
              : SIZE_UNNORMALIZED;
        expect(classifySize(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
