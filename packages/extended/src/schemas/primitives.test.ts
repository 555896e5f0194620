import { parseJson } from "@perp/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { anyId, decimal, integerId, lenientEnum, safeInteger, withRaw } from "./primitives.js";

describe("response primitives", () => {
  it("normalises decimals from strings, numbers and bigints exactly", () => {
    expect(decimal.parse("0.0010000000000000")).toBe("0.001");
    expect(decimal.parse("-0.0")).toBe("0");
    expect(decimal.parse(0.1)).toBe("0.1");
    expect(decimal.parse(1e-7)).toBe("0.0000001");
    expect(decimal.parse(12345678901234567890n)).toBe("12345678901234567890");
    expect(decimal.parse("123456789012345678901234.000000000000000001")).toBe(
      "123456789012345678901234.000000000000000001",
    );
    expect(decimal.safeParse("1,5").success).toBe(false);
    expect(decimal.safeParse(Number.NaN).success).toBe(false);
  });

  it("keeps 64-bit ids as exact strings", () => {
    const parsed = parseJson('{"id":9223372036854775808}', { numbersAsStrings: true }) as { id: string };
    expect(integerId.parse(parsed.id)).toBe("9223372036854775808");
    expect(integerId.parse(9223372036854775808n)).toBe("9223372036854775808");
    expect(integerId.parse(42)).toBe("42");
    expect(integerId.safeParse("1.5").success).toBe(false);
    expect(anyId.parse("op-7")).toBe("op-7");
    expect(anyId.parse("0500343")).toBe("500343");
  });

  it("reads safe integers and refuses unsafe ones", () => {
    expect(safeInteger.parse("1701563440000")).toBe(1701563440000);
    expect(safeInteger.safeParse("9007199254740993").success).toBe(false);
    expect(safeInteger.safeParse("1.5").success).toBe(false);
  });

  it("maps unknown enum values to the fallback", () => {
    const status = lenientEnum(["NEW", "FILLED", "UNKNOWN"], "UNKNOWN");
    expect(status.parse("FILLED")).toBe("FILLED");
    expect(status.parse("HALF_FILLED")).toBe("UNKNOWN");
  });

  it("keeps the payload in raw and drops unknown fields from the typed view", () => {
    const schema = withRaw({ a: z.string() });
    const out = schema.parse({ a: "x", extra: 1 });
    expect(out).toEqual({ a: "x", raw: { a: "x", extra: 1 } });
    expect(schema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
