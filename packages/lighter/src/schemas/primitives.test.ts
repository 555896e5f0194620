import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { bool, decimal, int, int64, list, opt } from "./primitives.js";

describe("response primitives", () => {
  it("normalizes decimals exactly from text, numbers and bigints", () => {
    expect(z.parse(decimal, "0.0100")).toBe("0.01");
    expect(z.parse(decimal, "123456789.123456789123")).toBe("123456789.123456789123");
    expect(z.parse(decimal, -1.5e-5)).toBe("-0.000015");
    expect(z.parse(decimal, 10n ** 30n)).toBe(`1${"0".repeat(30)}`);
    expect(z.safeParse(decimal, "abc").success).toBe(false);
  });

  it("keeps 64-bit integers as exact text and refuses unsafe Numbers", () => {
    expect(z.parse(int64, "1152921504606846975")).toBe("1152921504606846975");
    expect(z.parse(int64, 1152921504606846975n)).toBe("1152921504606846975");
    expect(z.safeParse(int, "9007199254740993").success).toBe(false);
    expect(z.parse(int, "-1")).toBe(-1);
    expect(z.safeParse(int64, "1.5").success).toBe(false);
  });

  it("reads null, absent and empty text as absent, and null lists as empty", () => {
    const schema = z.object({ a: opt(decimal), b: list(int), c: bool });
    expect(z.parse(schema, { a: "", b: null, c: "true" })).toEqual({ a: undefined, b: [], c: true });
    expect(z.parse(schema, { c: 0 })).toEqual({ a: undefined, b: [], c: false });
    const bad = z.safeParse(schema, { a: "x", c: true });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["a"]);
  });
});
