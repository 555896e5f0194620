import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import {
  addTo,
  fromGoInt,
  getBigInt,
  legendreBig,
  mulTo,
  negTo,
  P,
  powTo,
  reduceTo,
  setBigInt,
  sqrtBig,
  subTo,
} from "./goldilocks.js";

const element = fc.oneof(
  fc.bigInt({ min: 0n, max: P - 1n }),
  fc.constantFrom(0n, 1n, P - 1n, P - 2n, 0xffffffffn, 1n << 32n, (1n << 63n) + 5n, P - (1n << 32n)),
);

function run(
  op: (out: Float64Array, a: Float64Array, b: Float64Array) => void,
  a: bigint,
  b: bigint,
): bigint {
  const x = new Float64Array(2);
  const y = new Float64Array(2);
  const out = new Float64Array(2);
  setBigInt(x, 0, a);
  setBigInt(y, 0, b);
  op(out, x, y);
  return getBigInt(out, 0);
}

describe("goldilocks field", () => {
  it("adds, subtracts, multiplies and negates like BigInt mod p", () => {
    fc.assert(
      fc.property(element, element, (a, b) => {
        expect(run((o, x, y) => addTo(o, 0, x, 0, y, 0), a, b)).toBe((a + b) % P);
        expect(run((o, x, y) => subTo(o, 0, x, 0, y, 0), a, b)).toBe((a - b + P) % P);
        expect(run((o, x, y) => mulTo(o, 0, x, 0, y, 0), a, b)).toBe((a * b) % P);
        expect(run((o, x) => negTo(o, 0, x, 0), a, b)).toBe((P - a) % P);
      }),
      { numRuns: 2000 },
    );
  });

  it("reduces unreduced word pairs, including negative ones", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 51), max: 2 ** 51 }),
        fc.integer({ min: -(2 ** 51), max: 2 ** 51 }),
        (lo, hi) => {
          const out = new Float64Array(2);
          reduceTo(out, 0, lo, hi);
          const expected = (((BigInt(lo) + (BigInt(hi) << 32n)) % P) + P) % P;
          expect(getBigInt(out, 0)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("converts Go integers through their two's-complement pattern", () => {
    expect(fromGoInt(-1n)).toBe(4294967294n);
    expect(fromGoInt(P)).toBe(0n);
    expect(fromGoInt(281474976710655n)).toBe(281474976710655n);
  });

  it("matches the goldilocksOps vectors (pow, Legendre, Tonelli-Shanks root)", () => {
    const cases = loadVectors("field", "goldilocksOps");
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const a = BigInt(c.input.a as string);
      const b = BigInt(c.input.b as string);
      const out = new Float64Array(2);
      const x = new Float64Array(2);
      setBigInt(x, 0, a);
      powTo(out, 0, x, 0, b);
      expect(getBigInt(out, 0).toString(), c.id).toBe(c.expected.powAB);
      expect(legendreBig(a) !== P - 1n, c.id).toBe(c.expected.isQuadraticResidueA);
      expect(sqrtBig(a)?.toString() ?? null, c.id).toBe(c.expected.sqrtA);
    }
  });

  it("returns a square root for squares and none for non-residues", () => {
    fc.assert(
      fc.property(element, (a) => {
        const square = (a * a) % P;
        const r = sqrtBig(square);
        expect(r !== undefined && (r * r) % P === square).toBe(true);
        // 7 generates the multiplicative group, so 7 * square is never a square (unless 0)
        if (square !== 0n) expect(sqrtBig((square * 7n) % P)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
