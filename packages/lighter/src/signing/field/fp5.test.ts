import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import {
  fp5,
  fp5CanonicalSqrt,
  fp5FromBigInts,
  fp5FromLeBytes,
  fp5Inverse,
  fp5Legendre,
  fp5Mul,
  fp5Sgn0,
  fp5Sqrt,
  fp5ToBigInts,
  fp5ToLeBytes,
} from "./fp5.js";
import { P } from "./goldilocks.js";

const limb = fc.oneof(fc.bigInt({ min: 0n, max: P - 1n }), fc.constantFrom(0n, 1n, P - 1n, 0xffffffffn));
const element = fc.array(limb, { minLength: 5, maxLength: 5 });

/** Schoolbook product in Fp[X]/(X^5 - 3) on BigInt, the oracle for the float-based multiply. */
function mulOracle(a: bigint[], b: bigint[]): bigint[] {
  const c = new Array<bigint>(9).fill(0n);
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) c[i + j]! += a[i]! * b[j]!;
  return [0, 1, 2, 3, 4].map((i) => (c[i]! + 3n * (c[i + 5] ?? 0n)) % P);
}

describe("Fp5", () => {
  it("multiplies like the BigInt schoolbook oracle", () => {
    fc.assert(
      fc.property(element, element, (a, b) => {
        const out = fp5();
        fp5Mul(out, fp5FromBigInts(a), fp5FromBigInts(b));
        expect(fp5ToBigInts(out)).toEqual(mulOracle(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it("inverts (a * a^-1 = 1) and maps 0 to 0", () => {
    fc.assert(
      fc.property(element, (a) => {
        const x = fp5FromBigInts(a);
        const inv = fp5();
        fp5Inverse(inv, x);
        const prod = fp5();
        fp5Mul(prod, x, inv);
        const isZero = a.every((v) => v === 0n);
        expect(fp5ToBigInts(prod)).toEqual(isZero ? [0n, 0n, 0n, 0n, 0n] : [1n, 0n, 0n, 0n, 0n]);
      }),
      { numRuns: 200 },
    );
  });

  it("finds roots of squares, with the canonical root having sgn0 false", () => {
    fc.assert(
      fc.property(element, (a) => {
        const x = fp5FromBigInts(a);
        const sq = fp5();
        fp5Mul(sq, x, x);
        expect(fp5Legendre(sq) !== P - 1n).toBe(true);
        const r = fp5();
        expect(fp5Sqrt(r, sq)).toBe(true);
        const back = fp5();
        fp5Mul(back, r, r);
        expect(fp5ToBigInts(back)).toEqual(fp5ToBigInts(sq));
        const c = fp5();
        expect(fp5CanonicalSqrt(c, sq)).toBe(true);
        if (!a.every((v) => v === 0n)) expect(fp5Sgn0(c)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("round-trips the 40-byte LE encoding and rejects non-canonical limbs when strict", () => {
    const a = fp5FromBigInts([1n, P - 1n, 2n ** 40n, 0n, 7n]);
    const bytes = fp5ToLeBytes(a);
    expect(fp5ToBigInts(fp5FromLeBytes(bytes, true)!)).toEqual([1n, P - 1n, 2n ** 40n, 0n, 7n]);
    const bad = new Uint8Array(40).fill(0xff);
    expect(fp5FromLeBytes(bad, true)).toBeUndefined();
  });

  it("matches the gfp5Ops vectors for multiply, inverse and square roots", () => {
    const cases = loadVectors("field", "gfp5Ops");
    expect(cases.length).toBeGreaterThan(0);
    const toLimbs = (v: unknown) => fp5FromBigInts((v as string[]).map(BigInt));
    const strs = (x: Float64Array) => fp5ToBigInts(x).map(String);
    for (const c of cases) {
      const a = toLimbs(c.input.a);
      const b = toLimbs(c.input.b);
      const out = fp5();
      fp5Mul(out, a, b);
      expect(strs(out), c.id).toEqual(c.expected.mul);
      fp5Inverse(out, a);
      expect(strs(out), c.id).toEqual(c.expected.inverseA);
      const ok = fp5Sqrt(out, a);
      expect(ok ? strs(out) : null, c.id).toEqual(c.expected.sqrtA);
      expect(fp5Legendre(a).toString(), c.id).toBe(c.expected.legendreA);
    }
  });
});
