import { FIELD_PRIME as P } from "./constants.js";

/*
 * Arithmetic modulo the Stark prime P = 2^251 + 17·2^192 + 1 without bigint: an element is 11 limbs
 * of 24 bits (little-endian) in consecutive Float64Array slots, in Montgomery form x·R with
 * R = 2^264. bigint allocates on every operation; doubles hold integers exactly below 2^53, enough
 * for a column of 11 products of 24-bit limbs (< 2^51.4). P ≡ 1 (mod 2^192) makes Montgomery
 * reduction nearly free: adding m·P with m = −(low limb) clears that limb, and m·P touches only
 * three limbs (m at i, 17·m at i+8, 2^11·m at i+10).
 *
 * "Normalized" elements have limbs 0–9 in [0, 2^24) and a signed limb 10. montMul and montSqr take
 * normalized inputs below 2^257 in magnitude and return normalized outputs in (−P − 2^250, 2^250),
 * so results feed straight back in. Sums of a few elements may be formed limb by limb (limbs below
 * 2^52) and passed through `normalizeSum` (value known to be below 2^256) or `reduceSum` (any
 * value) before the next multiplication. Carries use Math.floor on exact doubles: the bitwise `&` is slow
 * on values beyond int32.
 */

/** Limbs per element. */
export const LIMBS = 11;
const RADIX = 2 ** 24;
const INV_RADIX = 2 ** -24;
/** Value bits 251 and up sit in limb 10 from bit 11 on. */
const INV_TOP = 2 ** -11;
const R = 1n << 264n;

/*
 * The two kernels below are unrolled in a fixed schedule (product scanning, reduction interleaved):
 * column k accumulates Σ x_i·y_(k−i) + 17·m_(k−8) + 2^11·m_(k−10) onto the carry; for k < 11 it
 * picks m_k so the column's low limb cancels, for k ≥ 11 it emits output limb k − 11.
 */

/** out = x·y·R⁻¹ (mod P). `out` may alias x or y. */
export function montMul(
  out: Float64Array,
  o: number,
  x: Float64Array,
  xo: number,
  y: Float64Array,
  yo: number,
): void {
  const x0 = x[xo + 0]!;
  const x1 = x[xo + 1]!;
  const x2 = x[xo + 2]!;
  const x3 = x[xo + 3]!;
  const x4 = x[xo + 4]!;
  const x5 = x[xo + 5]!;
  const x6 = x[xo + 6]!;
  const x7 = x[xo + 7]!;
  const x8 = x[xo + 8]!;
  const x9 = x[xo + 9]!;
  const x10 = x[xo + 10]!;
  const y0 = y[yo + 0]!;
  const y1 = y[yo + 1]!;
  const y2 = y[yo + 2]!;
  const y3 = y[yo + 3]!;
  const y4 = y[yo + 4]!;
  const y5 = y[yo + 5]!;
  const y6 = y[yo + 6]!;
  const y7 = y[yo + 7]!;
  const y8 = y[yo + 8]!;
  const y9 = y[yo + 9]!;
  const y10 = y[yo + 10]!;
  let acc = 0;
  let carry = 0;
  acc += x0 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m0 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y1 + x1 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m1 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y2 + x1 * y1 + x2 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m2 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y3 + x1 * y2 + x2 * y1 + x3 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m3 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y4 + x1 * y3 + x2 * y2 + x3 * y1 + x4 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m4 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y5 + x1 * y4 + x2 * y3 + x3 * y2 + x4 * y1 + x5 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m5 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y6 + x1 * y5 + x2 * y4 + x3 * y3 + x4 * y2 + x5 * y1 + x6 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m6 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y7 + x1 * y6 + x2 * y5 + x3 * y4 + x4 * y3 + x5 * y2 + x6 * y1 + x7 * y0;
  carry = Math.floor(acc * INV_RADIX);
  const m7 = carry * RADIX - acc;
  acc = carry;
  acc += x0 * y8 + x1 * y7 + x2 * y6 + x3 * y5 + x4 * y4 + x5 * y3 + x6 * y2 + x7 * y1 + x8 * y0 + 17 * m0;
  carry = Math.floor(acc * INV_RADIX);
  const m8 = carry * RADIX - acc;
  acc = carry;
  acc +=
    x0 * y9 +
    x1 * y8 +
    x2 * y7 +
    x3 * y6 +
    x4 * y5 +
    x5 * y4 +
    x6 * y3 +
    x7 * y2 +
    x8 * y1 +
    x9 * y0 +
    17 * m1;
  carry = Math.floor(acc * INV_RADIX);
  const m9 = carry * RADIX - acc;
  acc = carry;
  acc +=
    x0 * y10 +
    x1 * y9 +
    x2 * y8 +
    x3 * y7 +
    x4 * y6 +
    x5 * y5 +
    x6 * y4 +
    x7 * y3 +
    x8 * y2 +
    x9 * y1 +
    x10 * y0 +
    17 * m2 +
    2048 * m0;
  carry = Math.floor(acc * INV_RADIX);
  const m10 = carry * RADIX - acc;
  acc = carry;
  acc +=
    x1 * y10 +
    x2 * y9 +
    x3 * y8 +
    x4 * y7 +
    x5 * y6 +
    x6 * y5 +
    x7 * y4 +
    x8 * y3 +
    x9 * y2 +
    x10 * y1 +
    17 * m3 +
    2048 * m1;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 0] = acc - carry * RADIX;
  acc = carry;
  acc +=
    x2 * y10 +
    x3 * y9 +
    x4 * y8 +
    x5 * y7 +
    x6 * y6 +
    x7 * y5 +
    x8 * y4 +
    x9 * y3 +
    x10 * y2 +
    17 * m4 +
    2048 * m2;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 1] = acc - carry * RADIX;
  acc = carry;
  acc +=
    x3 * y10 + x4 * y9 + x5 * y8 + x6 * y7 + x7 * y6 + x8 * y5 + x9 * y4 + x10 * y3 + 17 * m5 + 2048 * m3;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 2] = acc - carry * RADIX;
  acc = carry;
  acc += x4 * y10 + x5 * y9 + x6 * y8 + x7 * y7 + x8 * y6 + x9 * y5 + x10 * y4 + 17 * m6 + 2048 * m4;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 3] = acc - carry * RADIX;
  acc = carry;
  acc += x5 * y10 + x6 * y9 + x7 * y8 + x8 * y7 + x9 * y6 + x10 * y5 + 17 * m7 + 2048 * m5;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 4] = acc - carry * RADIX;
  acc = carry;
  acc += x6 * y10 + x7 * y9 + x8 * y8 + x9 * y7 + x10 * y6 + 17 * m8 + 2048 * m6;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 5] = acc - carry * RADIX;
  acc = carry;
  acc += x7 * y10 + x8 * y9 + x9 * y8 + x10 * y7 + 17 * m9 + 2048 * m7;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 6] = acc - carry * RADIX;
  acc = carry;
  acc += x8 * y10 + x9 * y9 + x10 * y8 + 17 * m10 + 2048 * m8;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 7] = acc - carry * RADIX;
  acc = carry;
  acc += x9 * y10 + x10 * y9 + 2048 * m9;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 8] = acc - carry * RADIX;
  acc = carry;
  acc += x10 * y10 + 2048 * m10;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 9] = acc - carry * RADIX;
  acc = carry;
  out[o + 10] = acc;
}

/** out = x²·R⁻¹ (mod P). `out` may alias x. */
export function montSqr(out: Float64Array, o: number, x: Float64Array, xo: number): void {
  const x0 = x[xo + 0]!;
  const x1 = x[xo + 1]!;
  const x2 = x[xo + 2]!;
  const x3 = x[xo + 3]!;
  const x4 = x[xo + 4]!;
  const x5 = x[xo + 5]!;
  const x6 = x[xo + 6]!;
  const x7 = x[xo + 7]!;
  const x8 = x[xo + 8]!;
  const x9 = x[xo + 9]!;
  const x10 = x[xo + 10]!;
  let acc = 0;
  let carry = 0;
  acc += x0 * x0;
  carry = Math.floor(acc * INV_RADIX);
  const m0 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * x0 * x1;
  carry = Math.floor(acc * INV_RADIX);
  const m1 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * x0 * x2 + x1 * x1;
  carry = Math.floor(acc * INV_RADIX);
  const m2 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x3 + x1 * x2);
  carry = Math.floor(acc * INV_RADIX);
  const m3 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x4 + x1 * x3) + x2 * x2;
  carry = Math.floor(acc * INV_RADIX);
  const m4 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x5 + x1 * x4 + x2 * x3);
  carry = Math.floor(acc * INV_RADIX);
  const m5 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x6 + x1 * x5 + x2 * x4) + x3 * x3;
  carry = Math.floor(acc * INV_RADIX);
  const m6 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x7 + x1 * x6 + x2 * x5 + x3 * x4);
  carry = Math.floor(acc * INV_RADIX);
  const m7 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x8 + x1 * x7 + x2 * x6 + x3 * x5) + x4 * x4 + 17 * m0;
  carry = Math.floor(acc * INV_RADIX);
  const m8 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x9 + x1 * x8 + x2 * x7 + x3 * x6 + x4 * x5) + 17 * m1;
  carry = Math.floor(acc * INV_RADIX);
  const m9 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x0 * x10 + x1 * x9 + x2 * x8 + x3 * x7 + x4 * x6) + x5 * x5 + 17 * m2 + 2048 * m0;
  carry = Math.floor(acc * INV_RADIX);
  const m10 = carry * RADIX - acc;
  acc = carry;
  acc += 2 * (x1 * x10 + x2 * x9 + x3 * x8 + x4 * x7 + x5 * x6) + 17 * m3 + 2048 * m1;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 0] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x2 * x10 + x3 * x9 + x4 * x8 + x5 * x7) + x6 * x6 + 17 * m4 + 2048 * m2;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 1] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x3 * x10 + x4 * x9 + x5 * x8 + x6 * x7) + 17 * m5 + 2048 * m3;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 2] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x4 * x10 + x5 * x9 + x6 * x8) + x7 * x7 + 17 * m6 + 2048 * m4;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 3] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x5 * x10 + x6 * x9 + x7 * x8) + 17 * m7 + 2048 * m5;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 4] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x6 * x10 + x7 * x9) + x8 * x8 + 17 * m8 + 2048 * m6;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 5] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * (x7 * x10 + x8 * x9) + 17 * m9 + 2048 * m7;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 6] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * x8 * x10 + x9 * x9 + 17 * m10 + 2048 * m8;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 7] = acc - carry * RADIX;
  acc = carry;
  acc += 2 * x9 * x10 + 2048 * m9;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 8] = acc - carry * RADIX;
  acc = carry;
  acc += x10 * x10 + 2048 * m10;
  carry = Math.floor(acc * INV_RADIX);
  out[o + 9] = acc - carry * RADIX;
  acc = carry;
  out[o + 10] = acc;
}

/**
 * a ← a + b with carries propagated so limbs 0–9 lie in (−2^5, 2^24 + 2^5), for limbs below 2^52
 * in magnitude and a sum known to be below 2^256 in magnitude. Two carry steps over all limbs at
 * once keep the dependency chain short; limbs slightly outside [0, 2^24) are fine for montMul.
 */
export function normalizeSum(a: Float64Array, o: number, b: Float64Array, bo: number): void {
  let a0 = a[o]! + b[bo]!;
  let a1 = a[o + 1]! + b[bo + 1]!;
  let a2 = a[o + 2]! + b[bo + 2]!;
  let a3 = a[o + 3]! + b[bo + 3]!;
  let a4 = a[o + 4]! + b[bo + 4]!;
  let a5 = a[o + 5]! + b[bo + 5]!;
  let a6 = a[o + 6]! + b[bo + 6]!;
  let a7 = a[o + 7]! + b[bo + 7]!;
  let a8 = a[o + 8]! + b[bo + 8]!;
  let a9 = a[o + 9]! + b[bo + 9]!;
  let a10 = a[o + 10]! + b[bo + 10]!;
  const c0_0 = Math.floor(a0 * INV_RADIX);
  const c1_0 = Math.floor(a1 * INV_RADIX);
  const c2_0 = Math.floor(a2 * INV_RADIX);
  const c3_0 = Math.floor(a3 * INV_RADIX);
  const c4_0 = Math.floor(a4 * INV_RADIX);
  const c5_0 = Math.floor(a5 * INV_RADIX);
  const c6_0 = Math.floor(a6 * INV_RADIX);
  const c7_0 = Math.floor(a7 * INV_RADIX);
  const c8_0 = Math.floor(a8 * INV_RADIX);
  const c9_0 = Math.floor(a9 * INV_RADIX);
  a0 -= c0_0 * RADIX;
  a1 -= c1_0 * RADIX;
  a2 -= c2_0 * RADIX;
  a3 -= c3_0 * RADIX;
  a4 -= c4_0 * RADIX;
  a5 -= c5_0 * RADIX;
  a6 -= c6_0 * RADIX;
  a7 -= c7_0 * RADIX;
  a8 -= c8_0 * RADIX;
  a9 -= c9_0 * RADIX;
  a1 += c0_0;
  a2 += c1_0;
  a3 += c2_0;
  a4 += c3_0;
  a5 += c4_0;
  a6 += c5_0;
  a7 += c6_0;
  a8 += c7_0;
  a9 += c8_0;
  a10 += c9_0;
  const c0_1 = Math.floor(a0 * INV_RADIX);
  const c1_1 = Math.floor(a1 * INV_RADIX);
  const c2_1 = Math.floor(a2 * INV_RADIX);
  const c3_1 = Math.floor(a3 * INV_RADIX);
  const c4_1 = Math.floor(a4 * INV_RADIX);
  const c5_1 = Math.floor(a5 * INV_RADIX);
  const c6_1 = Math.floor(a6 * INV_RADIX);
  const c7_1 = Math.floor(a7 * INV_RADIX);
  const c8_1 = Math.floor(a8 * INV_RADIX);
  const c9_1 = Math.floor(a9 * INV_RADIX);
  a0 -= c0_1 * RADIX;
  a1 -= c1_1 * RADIX;
  a2 -= c2_1 * RADIX;
  a3 -= c3_1 * RADIX;
  a4 -= c4_1 * RADIX;
  a5 -= c5_1 * RADIX;
  a6 -= c6_1 * RADIX;
  a7 -= c7_1 * RADIX;
  a8 -= c8_1 * RADIX;
  a9 -= c9_1 * RADIX;
  a1 += c0_1;
  a2 += c1_1;
  a3 += c2_1;
  a4 += c3_1;
  a5 += c4_1;
  a6 += c5_1;
  a7 += c6_1;
  a8 += c7_1;
  a9 += c8_1;
  a10 += c9_1;
  a[o] = a0;
  a[o + 1] = a1;
  a[o + 2] = a2;
  a[o + 3] = a3;
  a[o + 4] = a4;
  a[o + 5] = a5;
  a[o + 6] = a6;
  a[o + 7] = a7;
  a[o + 8] = a8;
  a[o + 9] = a9;
  a[o + 10] = a10;
}

/**
 * a ← a + b reduced mod P for any limbs below 2^52 in magnitude: a carry step, then the bits from
 * 2^251 up (h) are folded back with 2^251 ≡ −17·2^192 − 1, then another carry step. The result
 * lies in (−2^240, 2^252) with limbs 0–9 in (−2^18, 2^24 + 2^22), fine for montMul.
 */
export function reduceSum(a: Float64Array, o: number, b: Float64Array, bo: number): void {
  let a0 = a[o]! + b[bo]!;
  let a1 = a[o + 1]! + b[bo + 1]!;
  let a2 = a[o + 2]! + b[bo + 2]!;
  let a3 = a[o + 3]! + b[bo + 3]!;
  let a4 = a[o + 4]! + b[bo + 4]!;
  let a5 = a[o + 5]! + b[bo + 5]!;
  let a6 = a[o + 6]! + b[bo + 6]!;
  let a7 = a[o + 7]! + b[bo + 7]!;
  let a8 = a[o + 8]! + b[bo + 8]!;
  let a9 = a[o + 9]! + b[bo + 9]!;
  let a10 = a[o + 10]! + b[bo + 10]!;
  const c0_0 = Math.floor(a0 * INV_RADIX);
  const c1_0 = Math.floor(a1 * INV_RADIX);
  const c2_0 = Math.floor(a2 * INV_RADIX);
  const c3_0 = Math.floor(a3 * INV_RADIX);
  const c4_0 = Math.floor(a4 * INV_RADIX);
  const c5_0 = Math.floor(a5 * INV_RADIX);
  const c6_0 = Math.floor(a6 * INV_RADIX);
  const c7_0 = Math.floor(a7 * INV_RADIX);
  const c8_0 = Math.floor(a8 * INV_RADIX);
  const c9_0 = Math.floor(a9 * INV_RADIX);
  a0 -= c0_0 * RADIX;
  a1 -= c1_0 * RADIX;
  a2 -= c2_0 * RADIX;
  a3 -= c3_0 * RADIX;
  a4 -= c4_0 * RADIX;
  a5 -= c5_0 * RADIX;
  a6 -= c6_0 * RADIX;
  a7 -= c7_0 * RADIX;
  a8 -= c8_0 * RADIX;
  a9 -= c9_0 * RADIX;
  a1 += c0_0;
  a2 += c1_0;
  a3 += c2_0;
  a4 += c3_0;
  a5 += c4_0;
  a6 += c5_0;
  a7 += c6_0;
  a8 += c7_0;
  a9 += c8_0;
  a10 += c9_0;
  const h = Math.floor(a10 * INV_TOP);
  a10 -= h * 2048;
  a0 -= h;
  a8 -= 17 * h;
  const c0_1 = Math.floor(a0 * INV_RADIX);
  const c1_1 = Math.floor(a1 * INV_RADIX);
  const c2_1 = Math.floor(a2 * INV_RADIX);
  const c3_1 = Math.floor(a3 * INV_RADIX);
  const c4_1 = Math.floor(a4 * INV_RADIX);
  const c5_1 = Math.floor(a5 * INV_RADIX);
  const c6_1 = Math.floor(a6 * INV_RADIX);
  const c7_1 = Math.floor(a7 * INV_RADIX);
  const c8_1 = Math.floor(a8 * INV_RADIX);
  const c9_1 = Math.floor(a9 * INV_RADIX);
  a0 -= c0_1 * RADIX;
  a1 -= c1_1 * RADIX;
  a2 -= c2_1 * RADIX;
  a3 -= c3_1 * RADIX;
  a4 -= c4_1 * RADIX;
  a5 -= c5_1 * RADIX;
  a6 -= c6_1 * RADIX;
  a7 -= c7_1 * RADIX;
  a8 -= c8_1 * RADIX;
  a9 -= c9_1 * RADIX;
  a1 += c0_1;
  a2 += c1_1;
  a3 += c2_1;
  a4 += c3_1;
  a5 += c4_1;
  a6 += c5_1;
  a7 += c6_1;
  a8 += c7_1;
  a9 += c8_1;
  a10 += c9_1;
  a[o] = a0;
  a[o + 1] = a1;
  a[o + 2] = a2;
  a[o + 3] = a3;
  a[o + 4] = a4;
  a[o + 5] = a5;
  a[o + 6] = a6;
  a[o + 7] = a7;
  a[o + 8] = a8;
  a[o + 9] = a9;
  a[o + 10] = a10;
}

const ZERO = new Float64Array(LIMBS);

/** normalizeSum with nothing added. */
export function normalize(a: Float64Array, o: number): void {
  normalizeSum(a, o, ZERO, 0);
}

/** reduceSum with nothing added. */
export function reduce(a: Float64Array, o: number): void {
  reduceSum(a, o, ZERO, 0);
}

/* bigint ↔ limbs through eight little-endian 32-bit words (cheaper than 11 bigint shifts). */
const words = new DataView(new ArrayBuffer(32));
const word = (j: number): number => words.getUint32(4 * j, true);

/** Limbs of 0 ≤ v < 2^256. */
function writeLimbs(v: bigint, out: Float64Array, o: number): void {
  words.setBigUint64(0, v, true);
  words.setBigUint64(8, v >> 64n, true);
  words.setBigUint64(16, v >> 128n, true);
  words.setBigUint64(24, v >> 192n, true);
  for (let g = 0; g < 3; g++) {
    const w0 = word(3 * g);
    const w1 = word(3 * g + 1);
    const w2 = g < 2 ? word(3 * g + 2) : 0;
    out[o + 4 * g] = w0 & 0xffffff;
    out[o + 4 * g + 1] = (w0 >>> 24) | ((w1 & 0xffff) << 8);
    out[o + 4 * g + 2] = (w1 >>> 16) | ((w2 & 0xff) << 16);
    if (g < 2) out[o + 4 * g + 3] = w2 >>> 8;
  }
}

/** The integer held by limbs 0–9 in [0, 2^24) and a signed limb 10. */
function readLimbs(a: Float64Array, o: number): bigint {
  for (let g = 0; g < 3; g++) {
    const l0 = a[o + 4 * g]!;
    const l1 = a[o + 4 * g + 1]!;
    const l2 = g < 2 ? a[o + 4 * g + 2]! : 0;
    const l3 = g < 2 ? a[o + 4 * g + 3]! : 0;
    words.setUint32(12 * g, l0 | (l1 << 24), true);
    words.setUint32(12 * g + 4, (l1 >>> 8) | (l2 << 16), true);
    if (g < 2) words.setUint32(12 * g + 8, (l2 >>> 16) | (l3 << 8), true);
  }
  const low =
    (words.getBigUint64(24, true) << 192n) |
    (words.getBigUint64(16, true) << 128n) |
    (words.getBigUint64(8, true) << 64n) |
    words.getBigUint64(0, true);
  return (BigInt(a[o + 10]!) << 240n) + low;
}

const scratch = new Float64Array(LIMBS);
/** R² mod P and 1, as plain limbs: multiplying by them enters or leaves Montgomery form. */
const R2 = new Float64Array(LIMBS);
writeLimbs((R * R) % P, R2, 0);
const ONE = new Float64Array(LIMBS);
ONE[0] = 1;

/** Montgomery form of 1 (R mod P), e.g. Poseidon's padding element. */
export const MONTGOMERY_ONE = new Float64Array(LIMBS);
writeLimbs(R % P, MONTGOMERY_ONE, 0);

/** Writes v·R mod P (normalized, below 2^252 in magnitude) for any integer v. */
export function toMontgomery(v: bigint, out: Float64Array, o: number): void {
  writeLimbs(v >= 0n && v < P ? v : ((v % P) + P) % P, scratch, 0);
  montMul(out, o, scratch, 0, R2, 0);
}

/** The canonical value in [0, P) of an element whose limbs are below 2^52 in magnitude. */
export function fromMontgomery(a: Float64Array, o: number): bigint {
  for (let i = 0; i < LIMBS; i++) scratch[i] = a[o + i]!;
  reduce(scratch, 0);
  montMul(scratch, 0, scratch, 0, ONE, 0);
  const v = readLimbs(scratch, 0);
  return v < 0n ? v + P : v >= P ? v - P : v;
}

/** Limbs of P itself: 1 at limb 0, 17 at limb 8 (2^192), 2^11 at limb 10 (2^251). */
const P_LIMBS = Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0, 17, 0, 2048);

/**
 * True when the element is ≡ 0 (mod P); limbs below 2^52 and |value| < 2^255 in magnitude. Such a
 * multiple of P is c·P with |c| < 16, and P ≡ 1 (mod 2^24), so its low 24 bits are within 16 of a
 * multiple of 2^24: almost every nonzero element is ruled out by limb 0 alone.
 */
export function isZeroModP(a: Float64Array, o: number): boolean {
  const low0 = a[o]! - Math.floor(a[o]! * INV_RADIX) * RADIX;
  if (low0 >= 16 && low0 <= RADIX - 16) return false;
  for (let i = 0; i < LIMBS; i++) scratch[i] = a[o + i]!;
  reduce(scratch, 0);
  // Now −2^240 < value < 2^252, so the only multiples of P left are 0 and P; compare exact limbs.
  let carry = 0;
  for (let i = 0; i < LIMBS - 1; i++) {
    const v = scratch[i]! + carry;
    carry = Math.floor(v * INV_RADIX);
    scratch[i] = v - carry * RADIX;
  }
  scratch[LIMBS - 1] = scratch[LIMBS - 1]! + carry;
  let zero = true;
  let p = true;
  for (let i = 0; i < LIMBS; i++) {
    if (scratch[i] !== 0) zero = false;
    if (scratch[i] !== P_LIMBS[i]) p = false;
  }
  return zero || p;
}
