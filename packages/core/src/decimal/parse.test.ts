import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import { isDecimalString, parseDecimal } from "./parse.js";

describe("parseDecimal", () => {
  it.each([
    ["0", "0"],
    ["1", "1"],
    ["-1.5", "-1.5"],
    ["001.500", "1.5"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["0.10", "0.1"],
    ["100", "100"],
    ["100.0", "100"],
    ["00", "0"],
    ["12345678901234567890.123456789012345678900", "12345678901234567890.1234567890123456789"],
  ])("normalizes %s to %s", (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each([
    ["1e3", "1000"],
    ["1.5E-3", "0.0015"],
    ["-2.50e+2", "-250"],
    ["0e10", "0"],
    ["-0.0e-5", "0"],
    ["123e-5", "0.00123"],
    ["1e0000002", "100"],
  ])("normalizes the exponent form %s to %s", (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it("returns already-normalized input unchanged", () => {
    const text = "42.125";
    expect(parseDecimal(text)).toBe(text);
  });

  it.each([
    "",
    "-",
    "+1",
    ".5",
    "5.",
    "1.2.3",
    " 1",
    "1 ",
    "0x10",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e",
    "1e+",
    "e5",
    "1,5",
    "１",
    "1e1001",
    "1e-1001",
    "1e9999999",
  ])("rejects %j", (input) => {
    expect(() => parseDecimal(input)).toThrow(ValidationError);
    expect(isDecimalString(input)).toBe(false);
  });

  it.each([1.5, 0, Number.NaN, null, undefined, 10n, {}, ["1"]])("rejects the non-string %s", (input) => {
    expect(() => parseDecimal(input)).toThrow(ValidationError);
    expect(isDecimalString(input)).toBe(false);
  });

  it("names the field and the offending text", () => {
    expect(() => parseDecimal("abc", "price")).toThrow(/price is not a decimal number: "abc"/);
    const error = (() => {
      try {
        parseDecimal(1.5, "size");
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.issues).toEqual([{ path: ["size"], message: "expected a decimal string" }]);
    expect(error?.message).toMatch(/pass a string/);
  });

  it("agrees with Number on the value and is idempotent (property)", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.stringMatching(/^[0-9]{0,8}$/),
        (negative, integer, fraction) => {
          const text = `${negative ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}`;
          const normalized = parseDecimal(text);
          expect(parseDecimal(normalized)).toBe(normalized);
          expect(Number(normalized)).toBe(Number(text) === 0 ? 0 : Number(text));
          expect(normalized).not.toMatch(/^-?0\d|\.\d*0$|^-0$|e/i);
        },
      ),
    );
  });
});
