import { describe, expect, it } from "vitest";
import { FIELD_PRIME as P } from "./constants.js";
import {
  fromMontgomery,
  isZeroModP,
  LIMBS,
  MONTGOMERY_ONE,
  montMul,
  montSqr,
  normalizeSum,
  reduceSum,
  toMontgomery,
} from "./montgomery.js";

const R = 1n << 264n;
const mod = (x: bigint): bigint => ((x % P) + P) % P;
const R_INVERSE = (() => {
  let result = 1n;
  let base = mod(R);
  for (let e = P - 2n; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % P;
    base = (base * base) % P;
  }
  return result;
})();

/** The integer held by limbs (any sign, any size). */
const integerOf = (a: Float64Array, o = 0): bigint => {
  let v = 0n;
  for (let i = LIMBS - 1; i >= 0; i--) v = (v << 24n) + BigInt(a[o + i]!);
  return v;
};

/** Limbs 0–9 in [0, 2^24) and a signed limb 10 for any integer of magnitude below 2^263. */
const limbsOf = (v: bigint): Float64Array => {
  const out = new Float64Array(LIMBS);
  let rest = v;
  for (let i = 0; i < LIMBS - 1; i++) {
    out[i] = Number(BigInt.asUintN(24, rest));
    rest >>= 24n;
  }
  out[LIMBS - 1] = Number(rest);
  return out;
};

let seed = 0x9e3779b97f4a7c15n;
const word = (): bigint => {
  seed ^= (seed << 13n) & 0xffffffffffffffffn;
  seed ^= seed >> 7n;
  seed ^= (seed << 17n) & 0xffffffffffffffffn;
  return seed;
};
/** A random integer of magnitude below 2^bits, either sign. */
const randomSigned = (bits: number): bigint => {
  const v = ((word() << 192n) | (word() << 128n) | (word() << 64n) | word()) & ((1n << BigInt(bits)) - 1n);
  return word() & 1n ? -v : v;
};
/** Random limbs of magnitude up to `bound`, either sign. */
const randomLimbs = (bound: number): Float64Array =>
  Float64Array.from({ length: LIMBS }, () => {
    const v = Number(word() % BigInt(bound));
    return word() & 1n ? -v : v;
  });

const expectNormalizedOutput = (a: Float64Array) => {
  for (let i = 0; i < LIMBS - 1; i++) {
    expect(a[i]).toBeGreaterThanOrEqual(0);
    expect(a[i]).toBeLessThan(2 ** 24);
  }
  const v = integerOf(a);
  expect(v > -P - (1n << 250n) && v < 1n << 250n).toBe(true);
};

describe("Montgomery limb arithmetic", () => {
  it("multiplies and squares like bigint for normalized inputs up to 2^257", () => {
    const extremes = [0n, 1n, -1n, P - 1n, P, (1n << 257n) - 1n, -(1n << 257n) + 1n, (1n << 256n) + 12345n];
    const inputs = [...extremes, ...Array.from({ length: 300 }, (_, i) => randomSigned(200 + (i % 58)))];
    const out = new Float64Array(LIMBS);
    for (let i = 0; i < inputs.length; i++) {
      const x = inputs[i]!;
      const y = inputs[(i * 7 + 3) % inputs.length]!;
      montMul(out, 0, limbsOf(x), 0, limbsOf(y), 0);
      expect(mod(integerOf(out))).toBe(mod(x * y * R_INVERSE));
      expectNormalizedOutput(out);
      montSqr(out, 0, limbsOf(x), 0);
      expect(mod(integerOf(out))).toBe(mod(x * x * R_INVERSE));
      expectNormalizedOutput(out);
    }
  });

  it("multiplies loosely carried inputs (limbs within 1.5·2^24 in magnitude)", () => {
    const out = new Float64Array(LIMBS);
    for (let i = 0; i < 200; i++) {
      const x = randomLimbs(1.5 * 2 ** 24);
      const y = randomLimbs(1.5 * 2 ** 24);
      x[LIMBS - 1] = x[LIMBS - 1]! % 2 ** 16;
      y[LIMBS - 1] = y[LIMBS - 1]! % 2 ** 16;
      montMul(out, 0, x, 0, y, 0);
      expect(mod(integerOf(out))).toBe(mod(integerOf(x) * integerOf(y) * R_INVERSE));
      montSqr(out, 0, x, 0);
      expect(mod(integerOf(out))).toBe(mod(integerOf(x) * integerOf(x) * R_INVERSE));
    }
  });

  it("lets the output alias an input", () => {
    const x = limbsOf(P - 3n);
    const y = limbsOf(123456789n);
    montMul(x, 0, x, 0, y, 0);
    expect(mod(integerOf(x))).toBe(mod((P - 3n) * 123456789n * R_INVERSE));
    montSqr(y, 0, y, 0);
    expect(mod(integerOf(y))).toBe(mod(123456789n * 123456789n * R_INVERSE));
  });

  it("reduces any limbs below 2^51 into multiplication range, congruent mod P", () => {
    for (let i = 0; i < 300; i++) {
      const a = randomLimbs(2 ** 51);
      const b = randomLimbs(2 ** 40);
      const expected = integerOf(a) + integerOf(b);
      reduceSum(a, 0, b, 0);
      expect(mod(integerOf(a))).toBe(mod(expected));
      const v = integerOf(a);
      expect(v > -(1n << 240n) && v < 1n << 252n).toBe(true);
      for (let k = 0; k < LIMBS - 1; k++) expect(Math.abs(a[k]!)).toBeLessThan(1.5 * 2 ** 24);
    }
  });

  it("carries sums below 2^256 exactly", () => {
    for (let i = 0; i < 300; i++) {
      const a = limbsOf(randomSigned(254));
      const b = randomLimbs(5 * 2 ** 24);
      b[LIMBS - 1] = 0;
      const expected = integerOf(a) + integerOf(b);
      normalizeSum(a, 0, b, 0);
      expect(integerOf(a)).toBe(expected);
      for (let k = 0; k < LIMBS - 1; k++) {
        expect(a[k]).toBeGreaterThan(-(2 ** 5));
        expect(a[k]).toBeLessThan(2 ** 24 + 2 ** 5);
      }
    }
  });

  it("converts to and from Montgomery form, reducing any integer", () => {
    const a = new Float64Array(LIMBS);
    for (const v of [
      0n,
      1n,
      P - 1n,
      P,
      P + 1n,
      -1n,
      -P,
      (1n << 300n) + 5n,
      ...Array.from({ length: 50 }, () => randomSigned(252)),
    ]) {
      toMontgomery(v, a, 0);
      expect(mod(integerOf(a))).toBe(mod(v * R));
      expect(fromMontgomery(a, 0)).toBe(mod(v));
    }
    expect(fromMontgomery(MONTGOMERY_ONE, 0)).toBe(1n);
  });

  it("recognises multiples of P below 2^255 and nothing else", () => {
    for (let c = -15n; c <= 15n; c++) {
      expect(isZeroModP(limbsOf(c * P), 0)).toBe(true);
      expect(isZeroModP(limbsOf(c * P + 1n), 0)).toBe(false);
      expect(isZeroModP(limbsOf(c * P - (1n << 24n)), 0)).toBe(false);
    }
    const loose = limbsOf(3n * P);
    loose[0] = loose[0]! + 2 ** 24;
    loose[1] = loose[1]! - 1;
    expect(isZeroModP(loose, 0)).toBe(true);
    for (let i = 0; i < 100; i++) expect(isZeroModP(limbsOf(randomSigned(254) | 1n), 0)).toBe(false);
  });
});
