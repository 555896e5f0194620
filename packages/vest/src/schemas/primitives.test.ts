import { describe, expect, it } from "vitest";
import {
  decimal,
  id,
  integerText,
  nullableDecimal,
  nullableSafeInteger,
  safeInteger,
  venueCode,
} from "./primitives.js";

describe("wire primitives", () => {
  it("decimal normalizes strings, numbers and bigints exactly", () => {
    expect(decimal.parse("1333.000000")).toBe("1333");
    expect(decimal.parse("-94.99999800")).toBe("-94.999998");
    expect(decimal.parse("0.000000")).toBe("0");
    expect(decimal.parse("1.5e-3")).toBe("0.0015");
    expect(decimal.parse("12345678901234567.123456789")).toBe("12345678901234567.123456789");
    expect(decimal.parse(34000.1)).toBe("34000.1");
    expect(decimal.parse(18446744073709551615n)).toBe("18446744073709551615");
  });

  it("decimal refuses what is not a number", () => {
    for (const bad of [
      "",
      "abc",
      "1.",
      ".5",
      " 1",
      "1,5",
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      true,
    ]) {
      expect(decimal.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("nullable fields turn null and absence into null", () => {
    expect(nullableDecimal.parse(null)).toBeNull();
    expect(nullableDecimal.parse(undefined)).toBeNull();
    expect(nullableDecimal.parse("1.10")).toBe("1.1");
    expect(nullableSafeInteger.parse(undefined)).toBeNull();
  });

  it("safeInteger accepts integer text and refuses fractions and values beyond 2^53", () => {
    expect(safeInteger.parse("1683849600076")).toBe(1683849600076);
    expect(safeInteger.parse(34)).toBe(34);
    expect(safeInteger.safeParse("9007199254740992").success).toBe(false);
    expect(safeInteger.safeParse(9007199254740992n).success).toBe(false);
    expect(safeInteger.safeParse("1.5").success).toBe(false);
  });

  it("integerText and id keep large values exact", () => {
    expect(integerText.parse("98765432109876543210")).toBe("98765432109876543210");
    expect(integerText.parse(98765432109876543210n)).toBe("98765432109876543210");
    expect(integerText.safeParse("0x10").success).toBe(false);
    expect(id.parse("18446744073709551615")).toBe("18446744073709551615");
    expect(id.parse(28457)).toBe("28457");
    expect(id.parse("0xabc")).toBe("0xabc");
    expect(id.safeParse("").success).toBe(false);
  });

  it("venueCode reads numbers, integer text and opaque strings", () => {
    expect(venueCode.parse(null)).toBeNull();
    expect(venueCode.parse("3010")).toBe(3010);
    expect(venueCode.parse(3010)).toBe(3010);
    expect(venueCode.parse("E_MARGIN")).toBe("E_MARGIN");
  });
});
