import { describe, expect, it } from "vitest";
import { CURVE_ORDER, FIELD_PRIME } from "./constants.js";
import { invert } from "./modular.js";

/** Plain extended Euclid, the reference for the Lehmer inversion. */
function referenceInvert(a: bigint, m: bigint): bigint {
  let x = ((a % m) + m) % m;
  let y = m;
  let u = 1n;
  let v = 0n;
  while (x !== 0n) {
    const q = y / x;
    [x, y] = [y - q * x, x];
    [u, v] = [v - q * u, u];
  }
  return ((v % m) + m) % m;
}

describe("invert (Lehmer)", () => {
  let s = 0x243f6a8885a308d3n;
  const word = () => {
    s ^= (s << 13n) & 0xffffffffffffffffn;
    s ^= s >> 7n;
    s ^= (s << 17n) & 0xffffffffffffffffn;
    return s;
  };

  for (const [name, m] of [
    ["the field prime", FIELD_PRIME],
    ["the curve order", CURVE_ORDER],
  ] as const) {
    it(`matches plain Euclid modulo ${name} for values of every size`, () => {
      const edges = [
        1n,
        2n,
        3n,
        m - 1n,
        m - 2n,
        m >> 1n,
        (m >> 1n) + 1n,
        1n << 250n,
        (1n << 50n) - 1n,
        1n << 50n,
      ];
      const random = Array.from({ length: 600 }, (_, i) => {
        const bits = BigInt(1 + (i % 252));
        const v = ((word() << 192n) | (word() << 128n) | (word() << 64n) | word()) & ((1n << bits) - 1n);
        return v % m || 1n;
      });
      for (const a of [...edges, ...random]) expect(invert(a, m)).toBe(referenceInvert(a, m));
    });
  }

  it("reduces negative and oversized inputs and rejects zero", () => {
    expect(invert(-5n, CURVE_ORDER)).toBe(referenceInvert(-5n, CURVE_ORDER));
    expect(invert(CURVE_ORDER + 7n, CURVE_ORDER)).toBe(referenceInvert(7n, CURVE_ORDER));
    expect(() => invert(0n, FIELD_PRIME)).toThrow(RangeError);
    expect(() => invert(FIELD_PRIME, FIELD_PRIME)).toThrow(RangeError);
  });
});
