import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import { decimalsOf, fromScaledInt, toScaledInt } from "./scaled-int.js";

describe("scaled integers", () => {
  it("converts to and from units", () => {
    expect(toScaledInt("1.2345", 4)).toBe(12345n);
    expect(fromScaledInt(12345n, 4)).toBe("1.2345");
    expect(toScaledInt("1.2", 4)).toBe(12000n);
    expect(fromScaledInt(12000n, 4)).toBe("1.2");
    expect(toScaledInt("-0.5", 6)).toBe(-500000n);
    expect(fromScaledInt(-1n, 18)).toBe("-0.000000000000000001");
    expect(toScaledInt("123456789012345678.123456789012345678", 18)).toBe(
      123456789012345678123456789012345678n,
    );
    expect(fromScaledInt("123456789012345678123456789012345678", 18)).toBe(
      "123456789012345678.123456789012345678",
    );
  });

  it("accepts the precision as a power-of-ten step", () => {
    expect(toScaledInt("1.2345", "0.0001")).toBe(12345n);
    expect(fromScaledInt(12345n, "0.0001")).toBe("1.2345");
    expect(toScaledInt("1500", "100")).toBe(15n);
    expect(fromScaledInt(15n, "100")).toBe("1500");
    expect(decimalsOf("1")).toBe(0);
    expect(decimalsOf("0.1")).toBe(1);
    expect(decimalsOf("0.00000001")).toBe(8);
    expect(decimalsOf("1000")).toBe(-3);
    expect(() => decimalsOf("0.0005")).toThrow(/not a power of ten/);
    expect(() => decimalsOf(2.5)).toThrow(ValidationError);
  });

  it("refuses to lose precision unless a rounding mode is given", () => {
    expect(() => toScaledInt("1.23456", 4)).toThrow(/more than 4 decimals/);
    expect(toScaledInt("1.23456", 4, { rounding: "half-even" })).toBe(12346n);
    expect(toScaledInt("1.23455", 4, { rounding: "half-even" })).toBe(12346n);
    expect(toScaledInt("1.23465", 4, { rounding: "half-even" })).toBe(12346n);
    expect(toScaledInt("-1.23456", 4, { rounding: "down" })).toBe(-12346n);
    expect(toScaledInt("1.23456", 4, { rounding: "toward-zero" })).toBe(12345n);
    expect(() => toScaledInt("1.2", 4, { rounding: "nearest" as never })).toThrow(ValidationError);
  });

  it("rejects non-integers and non-decimals", () => {
    expect(() => fromScaledInt("1.5", 2)).toThrow(ValidationError);
    expect(() => fromScaledInt(15 as never, 2)).toThrow(ValidationError);
    expect(() => toScaledInt(1.5 as never, 2)).toThrow(ValidationError);
  });

  it("round-trips any integer at any precision (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 30 }),
        (units, d) => {
          expect(toScaledInt(fromScaledInt(units, d), d)).toBe(units);
        },
      ),
    );
  });
});
