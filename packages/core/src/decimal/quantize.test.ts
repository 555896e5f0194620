import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import { mulDecimal } from "./arithmetic.js";
import { isMultipleOf, quantize } from "./quantize.js";
import { ROUNDING_MODES, type RoundingMode } from "./rounding.js";

describe("quantize", () => {
  it.each([
    ["101.37", "0.25", "down", "101.25"],
    ["101.37", "0.25", "up", "101.5"],
    ["101.37", "0.25", "half-even", "101.25"],
    ["101.375", "0.25", "half-up", "101.5"],
    ["101.375", "0.25", "half-down", "101.25"],
    ["101.375", "0.25", "half-even", "101.5"],
    ["-101.37", "0.25", "down", "-101.5"],
    ["-101.37", "0.25", "toward-zero", "-101.25"],
    ["-101.37", "0.25", "away-from-zero", "-101.5"],
    ["-101.375", "0.25", "half-up", "-101.25"],
    ["-101.375", "0.25", "half-away-from-zero", "-101.5"],
    ["0.123456789", "0.0001", "toward-zero", "0.1234"],
    ["12345", "100", "half-even", "12300"],
    ["12350", "100", "half-even", "12400"],
    ["5", "0.5", "down", "5"],
  ] as [string, string, RoundingMode, string][])(
    "quantize(%s, %s, %s) = %s",
    (value, step, mode, expected) => {
      expect(quantize(value, step, mode)).toBe(expected);
    },
  );

  it("checks multiples", () => {
    expect(isMultipleOf("101.25", "0.25")).toBe(true);
    expect(isMultipleOf("101.3", "0.25")).toBe(false);
    expect(isMultipleOf("0", "0.001")).toBe(true);
    expect(isMultipleOf("-0.003", "0.001")).toBe(true);
    expect(isMultipleOf("1200", "100")).toBe(true);
  });

  it("rejects non-positive steps and bad modes", () => {
    expect(() => quantize("1", "0", "down")).toThrow(/step must be greater than zero/);
    expect(() => quantize("1", "-0.1", "down")).toThrow(ValidationError);
    expect(() => isMultipleOf("1", "0.0")).toThrow(ValidationError);
    expect(() => quantize("1", "0.1", "floor" as never)).toThrow(ValidationError);
  });
});

// Exact reference arithmetic for the properties: a decimal as the pair (units, scale).
const SCALE = 12;
function units(text: string): bigint {
  const negative = text.startsWith("-");
  const [integer = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const value = BigInt(integer + fraction.padEnd(SCALE, "0"));
  return negative ? -value : value;
}

const decimal = (maxScale: number) =>
  fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: maxScale }))
    .map(([n, s]) => {
      const negative = n < 0n;
      const digits = (negative ? -n : n).toString().padStart(s + 1, "0");
      const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
      return negative ? `-${text}` : text;
    });
const step = fc
  .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, s]) => (n / 10 ** s).toFixed(s));
const mode = fc.constantFrom(...ROUNDING_MODES);

describe("quantize properties", () => {
  it("returns a multiple of the step, within one step on the side the mode names, idempotently", () => {
    fc.assert(
      fc.property(decimal(8), step, mode, (value, tick, rounding) => {
        const result = quantize(value, tick, rounding);
        const v = units(value);
        const r = units(result);
        const s = units(tick);
        expect(isMultipleOf(result, tick)).toBe(true);
        expect(r % s).toBe(0n);
        expect(quantize(result, tick, rounding)).toBe(result);
        const distance = r > v ? r - v : v - r;
        expect(distance < s).toBe(true);
        const vAbs = v < 0n ? -v : v;
        const rAbs = r < 0n ? -r : r;
        switch (rounding) {
          case "down":
            expect(r <= v).toBe(true);
            break;
          case "up":
            expect(r >= v).toBe(true);
            break;
          case "toward-zero":
            expect(rAbs <= vAbs && (r === 0n || r < 0n === v < 0n)).toBe(true);
            break;
          case "away-from-zero":
            expect(rAbs >= vAbs && (v === 0n || r < 0n === v < 0n)).toBe(true);
            break;
          default: {
            expect(distance * 2n <= s).toBe(true);
            if (distance * 2n === s) {
              const tieWinner: Record<string, boolean> = {
                "half-up": r > v,
                "half-down": r < v,
                "half-even": (r / s) % 2n === 0n,
                "half-away-from-zero": rAbs > vAbs,
              };
              expect(tieWinner[rounding]).toBe(true);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves multiples untouched in every mode", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), step, mode, (k, tick, rounding) => {
        const exact = mulDecimal(k.toString(), tick);
        expect(quantize(exact, tick, rounding)).toBe(exact);
        expect(isMultipleOf(exact, tick)).toBe(true);
      }),
    );
  });
});
