import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  decimalPlaces,
  divDecimal,
  equalsDecimal,
  isZeroDecimal,
  maxDecimal,
  minDecimal,
  mulDecimal,
  negateDecimal,
  roundDecimal,
  signDecimal,
  subDecimal,
} from "./arithmetic.js";

describe("decimal arithmetic", () => {
  it("compares exactly, beyond float precision", () => {
    expect(compareDecimal("0.1", "0.10")).toBe(0);
    expect(compareDecimal("9007199254740993", "9007199254740992")).toBe(1);
    expect(compareDecimal("-1.5", "-1.25")).toBe(-1);
    expect(compareDecimal("0.30000000000000000001", "0.3")).toBe(1);
    expect(equalsDecimal("-0", "0.000")).toBe(true);
    expect(minDecimal("2.50", "3")).toBe("2.5");
    expect(maxDecimal("2.50", "-3")).toBe("2.5");
  });

  it("adds, subtracts and multiplies exactly", () => {
    expect(addDecimal("0.1", "0.2")).toBe("0.3");
    expect(subDecimal("1", "1.000")).toBe("0");
    expect(subDecimal("0.3", "0.1")).toBe("0.2");
    expect(addDecimal("9007199254740993", "0.000000000000000001")).toBe(
      "9007199254740993.000000000000000001",
    );
    expect(mulDecimal("1.1", "1.1")).toBe("1.21");
    expect(mulDecimal("-0.5", "4")).toBe("-2");
    expect(mulDecimal("284578000.00000004", "1")).toBe("284578000.00000004");
  });

  it("divides to an explicit scale with an explicit rounding mode", () => {
    expect(divDecimal("1", "3", 4, "half-even")).toBe("0.3333");
    expect(divDecimal("2", "3", 4, "half-even")).toBe("0.6667");
    expect(divDecimal("2", "3", 4, "down")).toBe("0.6666");
    expect(divDecimal("-2", "3", 4, "down")).toBe("-0.6667");
    expect(divDecimal("-2", "3", 4, "toward-zero")).toBe("-0.6666");
    expect(divDecimal("10", "4", 0, "half-even")).toBe("2");
    expect(divDecimal("10", "4", 0, "half-up")).toBe("3");
    expect(divDecimal("1", "0.0001", 2, "down")).toBe("10000");
    expect(divDecimal("123.456", "0.1", 1, "down")).toBe("1234.5");
    expect(divDecimal("1250", "1", -2, "half-even")).toBe("1200");
  });

  it("refuses division by zero and bad scales or modes", () => {
    expect(() => divDecimal("1", "0.00", 2, "down")).toThrow(ValidationError);
    expect(() => divDecimal("1", "3", 1.5, "down")).toThrow(ValidationError);
    expect(() => divDecimal("1", "3", 2, "ROUND_DOWN" as never)).toThrow(/Unknown rounding mode/);
    expect(() => addDecimal("1", "x")).toThrow(/b is not a decimal/);
  });

  it("rounds to a scale", () => {
    expect(roundDecimal("1.2345", 2, "half-up")).toBe("1.23");
    expect(roundDecimal("1.235", 2, "half-even")).toBe("1.24");
    expect(roundDecimal("1.245", 2, "half-even")).toBe("1.24");
    expect(roundDecimal("-1.235", 2, "half-away-from-zero")).toBe("-1.24");
    expect(roundDecimal("-1.235", 2, "half-up")).toBe("-1.23");
    expect(roundDecimal("1.2", 5, "up")).toBe("1.2");
    expect(roundDecimal("1234", -2, "up")).toBe("1300");
  });

  it("has sign helpers", () => {
    expect(signDecimal("-0.0")).toBe(0);
    expect(signDecimal("-0.1")).toBe(-1);
    expect(signDecimal("3")).toBe(1);
    expect(isZeroDecimal("0.000")).toBe(true);
    expect(negateDecimal("1.50")).toBe("-1.5");
    expect(negateDecimal("-2")).toBe("2");
    expect(negateDecimal("0")).toBe("0");
    expect(absDecimal("-7.10")).toBe("7.1");
    expect(decimalPlaces("1.50")).toBe(1);
    expect(decimalPlaces("100")).toBe(0);
  });
});
