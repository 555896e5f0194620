import BigJs from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDecimal, divDecimal, mulDecimal } from "./arithmetic.js";
import { Big, fitsScale, formatBig, powerOfTen, readBig, scaledUnits } from "./big.js";
import { quantize } from "./quantize.js";
import { toScaledInt } from "./scaled-int.js";

describe("the module's big.js constructor", () => {
  it("is not the shared one and leaves the shared settings alone", () => {
    expect(Big).not.toBe(BigJs);
    mulDecimal("1.5", "2");
    divDecimal("1", "3", 4, "half-up");
    expect([BigJs.DP, BigJs.RM, BigJs.NE, BigJs.PE, BigJs.strict]).toEqual([20, 1, -7, 21, false]);
  });

  it("ignores whatever the shared constructor is set to", () => {
    const saved = [BigJs.DP, BigJs.RM, BigJs.NE, BigJs.PE] as const;
    BigJs.DP = 1;
    BigJs.RM = BigJs.roundUp;
    BigJs.NE = -1;
    BigJs.PE = 1;
    try {
      expect(divDecimal("2", "3", 6, "toward-zero")).toBe("0.666666");
      expect(addDecimal("1000000", "0.0000001")).toBe("1000000.0000001");
      expect(quantize("1.37", "0.25", "half-even")).toBe("1.25");
    } finally {
      [BigJs.DP, BigJs.RM, BigJs.NE, BigJs.PE] = saved;
    }
  });

  it("is strict: a float never becomes a Big", () => {
    expect(() => new Big(0.1 as never)).toThrow(TypeError);
    expect(new Big(10n ** 30n).toFixed()).toBe(`1${"0".repeat(30)}`);
  });

  it("formats without exponents or negative zero", () => {
    expect(formatBig(readBig("1e-999", "v"))).toBe(`0.${"0".repeat(998)}1`);
    expect(formatBig(readBig("-1e999", "v"))).toBe(`-1${"0".repeat(999)}`);
    expect(formatBig(readBig("-0.001", "v").round(2, Big.roundDown))).toBe("0");
    expect(formatBig(powerOfTen(-3))).toBe("0.001");
  });

  it("names the field of a bad input", () => {
    expect(() => readBig("1.2.3", "price")).toThrow(/price is not a decimal number/);
  });
});

describe("fitsScale", () => {
  it.each([
    ["1.25", 2, true],
    ["1.25", 1, false],
    ["0", -3, true],
    ["1500", -2, true],
    ["1550", -2, false],
    ["-0.001", 3, true],
    ["-0.001", 2, false],
  ] as const)("%s at scale %i → %s", (value, scale, expected) => {
    expect(fitsScale(new Big(value), scale)).toBe(expected);
  });
});

describe("scaledUnits", () => {
  it("shifts the digits into an integer", () => {
    expect(scaledUnits(new Big("1.2"), 4)).toBe(12000n);
    expect(scaledUnits(new Big("-1500"), -2)).toBe(-15n);
    expect(scaledUnits(new Big("0"), 8)).toBe(0n);
    expect(scaledUnits(new Big("-0.000000000000000001"), 18)).toBe(-1n);
  });

  it("agrees with toScaledInt's definition (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat(20), (units, decimals) => {
        const text = units.toString();
        const value = new Big(text).times(powerOfTen(-decimals));
        expect(fitsScale(value, decimals)).toBe(true);
        expect(scaledUnits(value, decimals)).toBe(units);
        expect(toScaledInt(formatBig(value), decimals)).toBe(units);
      }),
    );
  });
});
