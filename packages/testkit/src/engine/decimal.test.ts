import { ValidationError } from "@perp/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decimalsOf,
  divRound,
  formatScaled,
  mulRatio,
  parseRatio,
  parseScaled,
  tryParseScaled,
} from "./decimal.js";

describe("scaled decimals", () => {
  it("parses and formats without floats", () => {
    expect(parseScaled("12.5", 2)).toBe(1250n);
    expect(parseScaled("-0.07", 2)).toBe(-7n);
    expect(parseScaled("3.1000", 1)).toBe(31n);
    expect(formatScaled(1250n, 2)).toBe("12.5");
    expect(formatScaled(-7n, 2)).toBe("-0.07");
    expect(formatScaled(0n, 18)).toBe("0");
    expect(formatScaled(123456789012345678901234567890n, 18)).toBe("123456789012.34567890123456789");
  });

  it("separates too much precision (undefined) from malformed text (ValidationError)", () => {
    expect(tryParseScaled("1.234", 2)).toBeUndefined();
    expect(() => parseScaled("1.234", 2, "price")).toThrow(ValidationError);
    for (const bad of ["1e5", "", ".5", "+1", "1.", "0x10", "NaN"]) {
      expect(() => tryParseScaled(bad, 4)).toThrow(ValidationError);
    }
    expect(decimalsOf("0.500")).toBe(1);
    expect(decimalsOf("25")).toBe(0);
  });

  it("rounds division as named", () => {
    expect(divRound(7n, 2n, "floor")).toBe(3n);
    expect(divRound(-7n, 2n, "floor")).toBe(-4n);
    expect(divRound(7n, 2n, "ceil")).toBe(4n);
    expect(divRound(-7n, 2n, "ceil")).toBe(-3n);
    expect(divRound(-7n, 2n, "trunc")).toBe(-3n);
    expect(divRound(5n, 2n, "half-even")).toBe(2n);
    expect(divRound(7n, 2n, "half-even")).toBe(4n);
    expect(divRound(-5n, 2n, "half-even")).toBe(-2n);
    expect(divRound(8n, -3n, "floor")).toBe(-3n);
  });

  it("applies rates exactly", () => {
    expect(mulRatio(10_000n, parseRatio("0.0005", "fee"), "ceil")).toBe(5n);
    expect(mulRatio(10_001n, parseRatio("0.0005", "fee"), "ceil")).toBe(6n);
  });

  it("round-trips any scaled integer through text", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 18 }),
        (units, scale) => {
          expect(parseScaled(formatScaled(units, scale), scale)).toBe(units);
        },
      ),
    );
  });

  it("floor and ceil bracket the exact quotient", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (n, d) => {
          const floor = divRound(n, d, "floor");
          const ceil = divRound(n, d, "ceil");
          expect(floor * d <= n && n < (floor + 1n) * d).toBe(true);
          expect(ceil - floor).toBe(n % d === 0n ? 0n : 1n);
        },
      ),
    );
  });
});
