import fc from "fast-check";
import { bytesToHex, encodeAbiParameters } from "viem/utils";
import { describe, expect, it } from "vitest";
import { type AbiField, encodeAbiTuple } from "./encode.js";

const viemEncode = (fields: AbiField[]) =>
  encodeAbiParameters(
    fields.map((f) => ({ type: f.type })),
    fields.map((f) =>
      f.type === "uint256" ? BigInt(f.value) : f.type === "bytes32" ? bytesToHex(f.value) : f.value,
    ),
  );

describe("encodeAbiTuple", () => {
  it("matches the documented 512-byte LIMIT order layout", () => {
    const encoded = encodeAbiTuple([
      { type: "uint256", value: 1683849600076 },
      { type: "uint256", value: 0 },
      { type: "string", value: "LIMIT" },
      { type: "string", value: "BTC-PERP" },
      { type: "bool", value: true },
      { type: "string", value: "0.1000" },
      { type: "string", value: "30000.00" },
      { type: "bool", value: false },
    ]);
    expect(encoded.length).toBe(512);
    const word = (i: number) => bytesToHex(encoded.slice(i * 32, i * 32 + 32));
    expect(word(0)).toBe(`0x${"1880d41dc4c".padStart(64, "0")}`);
    expect(word(2)).toBe(`0x${"100".padStart(64, "0")}`);
    expect(word(3)).toBe(`0x${"140".padStart(64, "0")}`);
    expect(word(5)).toBe(`0x${"180".padStart(64, "0")}`);
    expect(word(6)).toBe(`0x${"1c0".padStart(64, "0")}`);
    expect(word(8)).toBe(`0x${"5".padStart(64, "0")}`);
    expect(word(9)).toBe(`0x4c494d4954${"0".repeat(54)}`);
  });

  it("agrees with viem's generic encoder on arbitrary tuples", () => {
    const fieldArb: fc.Arbitrary<AbiField> = fc.oneof(
      fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map((value) => ({ type: "uint256" as const, value })),
      fc.nat({ max: Number.MAX_SAFE_INTEGER }).map((value) => ({ type: "uint256" as const, value })),
      fc.boolean().map((value) => ({ type: "bool" as const, value })),
      fc
        .uint8Array({ minLength: 20, maxLength: 20 })
        .map((b) => ({ type: "address" as const, value: bytesToHex(b) })),
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((value) => ({ type: "bytes32" as const, value })),
      fc.string({ unit: "binary", maxLength: 80 }).map((value) => ({ type: "string" as const, value })),
    );
    fc.assert(
      fc.property(fc.array(fieldArb, { minLength: 1, maxLength: 9 }), (fields) => {
        expect(bytesToHex(encodeAbiTuple(fields))).toBe(viemEncode(fields));
      }),
      { numRuns: 300 },
    );
  });

  it("encodes empty, exactly-one-word and multi-byte UTF-8 strings", () => {
    for (const value of ["", "x".repeat(32), "x".repeat(33), "Ω≈ç√ 🚀"]) {
      const fields: AbiField[] = [{ type: "string", value }];
      expect(bytesToHex(encodeAbiTuple(fields))).toBe(viemEncode(fields));
    }
  });

  it("rejects values that would otherwise encode silently wrong", () => {
    expect(() => encodeAbiTuple([{ type: "uint256", value: -1 }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "uint256", value: 1.5 }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "uint256", value: 2 ** 53 }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "uint256", value: 1n << 256n }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "address", value: "0x1234" }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "address", value: `0x${"g".repeat(40)}` }])).toThrow(RangeError);
    expect(() => encodeAbiTuple([{ type: "bytes32", value: new Uint8Array(31) }])).toThrow(RangeError);
  });
});
