/**
 * The quintic extension Fp5 = Fp[X]/(X^5 - 3) over Goldilocks.
 *
 * An element is a Float64Array(10): limb i (coefficient of X^i) as (lo, hi) 32-bit words at 2i.
 * Multiplication accumulates every partial product of a coefficient before reducing it, so a
 * product costs 5 reductions instead of 25.
 */
import {
  addTo,
  getBigInt,
  invTo,
  isZeroAt,
  legendreBig,
  mulSmallTo,
  mulTo,
  negTo,
  P,
  reduceTo,
  setBigInt,
  sqrtBig,
} from "./goldilocks.js";

export type Fp5 = Float64Array;

export function fp5(): Fp5 {
  return new Float64Array(10);
}

export function fp5FromBigInts(limbs: readonly bigint[]): Fp5 {
  const out = fp5();
  for (let i = 0; i < 5; i++) setBigInt(out, 2 * i, limbs[i] ?? 0n);
  return out;
}

export function fp5ToBigInts(a: Fp5): bigint[] {
  return [0, 1, 2, 3, 4].map((i) => getBigInt(a, 2 * i));
}

export function fp5Set(out: Fp5, a: Fp5): void {
  out.set(a);
}

export function fp5SetSmall(out: Fp5, k: number): void {
  out.fill(0);
  out[0] = k;
}

export function fp5IsZero(a: Fp5): boolean {
  for (let i = 0; i < 10; i++) if (a[i] !== 0) return false;
  return true;
}

export function fp5Equal(a: Fp5, b: Fp5): boolean {
  for (let i = 0; i < 10; i++) if (a[i] !== b[i]) return false;
  return true;
}

// fp5Add and fp5Sub repeat goldilocks.ts addTo/subTo inline: a fresh process runs its first
// signature in V8's interpreter, where a call per limb costs more than the limb's arithmetic.

export function fp5Add(out: Fp5, a: Fp5, b: Fp5): void {
  for (let i = 0; i < 10; i += 2) {
    let lo = a[i]! + b[i]!;
    let hi = a[i + 1]! + b[i + 1]!;
    if (lo >= TWO32) {
      lo -= TWO32;
      hi += 1;
    }
    if (hi >= TWO32) {
      // 2^64 = 2^32 - 1 (mod p); the sum is then already below p
      hi -= TWO32;
      lo += MAX32;
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    } else if (hi === MAX32 && lo >= 1) {
      hi = 0;
      lo -= 1;
    }
    out[i] = lo;
    out[i + 1] = hi;
  }
}

export function fp5Sub(out: Fp5, a: Fp5, b: Fp5): void {
  for (let i = 0; i < 10; i += 2) {
    let lo = a[i]! - b[i]!;
    let hi = a[i + 1]! - b[i + 1]!;
    if (lo < 0) {
      lo += TWO32;
      hi -= 1;
    }
    if (hi < 0) {
      // add p = 2^64 - 2^32 + 1
      hi += MAX32;
      lo += 1;
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    }
    out[i] = lo;
    out[i + 1] = hi;
  }
}

export function fp5Neg(out: Fp5, a: Fp5): void {
  for (let i = 0; i < 10; i += 2) negTo(out, i, a, i);
}

/** out = a * k for a small integer 0 <= k < 2^20. */
export function fp5MulSmall(out: Fp5, a: Fp5, k: number): void {
  for (let i = 0; i < 10; i += 2) mulSmallTo(out, i, a, i, k);
}

/** out = a * s for a base-field element s stored at s[so]. */
export function fp5MulBase(out: Fp5, a: Fp5, s: Float64Array, so: number): void {
  for (let i = 0; i < 10; i += 2) mulTo(out, i, a, i, s, so);
}

/** out = a * X (X^5 = 3), for multiplying by the curve constant b = 263 X. */
export function fp5MulX(out: Fp5, a: Fp5): void {
  const lo4 = a[8]!;
  const hi4 = a[9]!;
  for (let i = 8; i >= 2; i -= 2) {
    out[i] = a[i - 2]!;
    out[i + 1] = a[i - 1]!;
  }
  reduceTo(out, 0, lo4 * 3, hi4 * 3);
}

const TWO16 = 65536;
const INV16 = 1 / 65536;
const TWO32 = 4294967296;
const MAX32 = 4294967295;

/**
 * Reduces one product coefficient given as six 16-bit-aligned columns (value = sum c_t 2^(16 t),
 * each c_t < 2^53): carries into 32-bit words w0..w3, then w0 + w1 2^32 + w2 2^64 + w3 2^96
 * = (w0 - w2 - w3) + (w1 + w2) 2^32 (mod p).
 */
function reduceColumns(
  out: Fp5,
  o: number,
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  c4: number,
  c5: number,
): void {
  const q0 = Math.floor(c0 * INV16);
  const t1 = c1 + q0;
  const q1 = Math.floor(t1 * INV16);
  const w0 = c0 - q0 * TWO16 + (t1 - q1 * TWO16) * TWO16;
  const t2 = c2 + q1;
  const q2 = Math.floor(t2 * INV16);
  const t3 = c3 + q2;
  const q3 = Math.floor(t3 * INV16);
  const w1 = t2 - q2 * TWO16 + (t3 - q3 * TWO16) * TWO16;
  const t4 = c4 + q3;
  const q4 = Math.floor(t4 * INV16);
  const t5 = c5 + q4;
  const w3 = Math.floor(t5 * INV16);
  const w2 = t4 - q4 * TWO16 + (t5 - w3 * TWO16) * TWO16;
  reduceTo(out, o, w0 - w2 - w3, w1 + w2);
}

/**
 * out = a * b (out may alias a or b). Coefficient k collects a_i b_j for i + j = k and 3 a_i b_j
 * for i + j = k + 5. a's limbs are split into 16-bit pieces and b's into 32-bit words, so each
 * partial product is below 2^48 and the worst column (weight 1 + 4 * 3, two products per pair)
 * stays below 26 * 2^48 < 2^53: the sums are exact, and each coefficient is reduced once.
 * Fully unrolled because it dominates signing time.
 */
export function fp5Mul(out: Fp5, a: Fp5, b: Fp5): void {
  const l0 = a[0]!;
  const h0 = a[1]!;
  const x00 = l0 & 0xffff;
  const x01 = l0 >>> 16;
  const x02 = h0 & 0xffff;
  const x03 = h0 >>> 16;
  const l1 = a[2]!;
  const h1 = a[3]!;
  const x10 = l1 & 0xffff;
  const x11 = l1 >>> 16;
  const x12 = h1 & 0xffff;
  const x13 = h1 >>> 16;
  const l2 = a[4]!;
  const h2 = a[5]!;
  const x20 = l2 & 0xffff;
  const x21 = l2 >>> 16;
  const x22 = h2 & 0xffff;
  const x23 = h2 >>> 16;
  const l3 = a[6]!;
  const h3 = a[7]!;
  const x30 = l3 & 0xffff;
  const x31 = l3 >>> 16;
  const x32 = h3 & 0xffff;
  const x33 = h3 >>> 16;
  const l4 = a[8]!;
  const h4 = a[9]!;
  const x40 = l4 & 0xffff;
  const x41 = l4 >>> 16;
  const x42 = h4 & 0xffff;
  const x43 = h4 >>> 16;
  const bl0 = b[0]!;
  const bh0 = b[1]!;
  const bl1 = b[2]!;
  const bh1 = b[3]!;
  const bl2 = b[4]!;
  const bh2 = b[5]!;
  const bl3 = b[6]!;
  const bh3 = b[7]!;
  const bl4 = b[8]!;
  const bh4 = b[9]!;
  const cl1 = 3 * bl1;
  const ch1 = 3 * bh1;
  const cl2 = 3 * bl2;
  const ch2 = 3 * bh2;
  const cl3 = 3 * bl3;
  const ch3 = 3 * bh3;
  const cl4 = 3 * bl4;
  const ch4 = 3 * bh4;
  reduceColumns(
    out,
    0,
    x00 * bl0 + x10 * cl4 + x20 * cl3 + x30 * cl2 + x40 * cl1,
    x01 * bl0 + x11 * cl4 + x21 * cl3 + x31 * cl2 + x41 * cl1,
    x02 * bl0 +
      x00 * bh0 +
      x12 * cl4 +
      x10 * ch4 +
      x22 * cl3 +
      x20 * ch3 +
      x32 * cl2 +
      x30 * ch2 +
      x42 * cl1 +
      x40 * ch1,
    x03 * bl0 +
      x01 * bh0 +
      x13 * cl4 +
      x11 * ch4 +
      x23 * cl3 +
      x21 * ch3 +
      x33 * cl2 +
      x31 * ch2 +
      x43 * cl1 +
      x41 * ch1,
    x02 * bh0 + x12 * ch4 + x22 * ch3 + x32 * ch2 + x42 * ch1,
    x03 * bh0 + x13 * ch4 + x23 * ch3 + x33 * ch2 + x43 * ch1,
  );
  reduceColumns(
    out,
    2,
    x00 * bl1 + x10 * bl0 + x20 * cl4 + x30 * cl3 + x40 * cl2,
    x01 * bl1 + x11 * bl0 + x21 * cl4 + x31 * cl3 + x41 * cl2,
    x02 * bl1 +
      x00 * bh1 +
      x12 * bl0 +
      x10 * bh0 +
      x22 * cl4 +
      x20 * ch4 +
      x32 * cl3 +
      x30 * ch3 +
      x42 * cl2 +
      x40 * ch2,
    x03 * bl1 +
      x01 * bh1 +
      x13 * bl0 +
      x11 * bh0 +
      x23 * cl4 +
      x21 * ch4 +
      x33 * cl3 +
      x31 * ch3 +
      x43 * cl2 +
      x41 * ch2,
    x02 * bh1 + x12 * bh0 + x22 * ch4 + x32 * ch3 + x42 * ch2,
    x03 * bh1 + x13 * bh0 + x23 * ch4 + x33 * ch3 + x43 * ch2,
  );
  reduceColumns(
    out,
    4,
    x00 * bl2 + x10 * bl1 + x20 * bl0 + x30 * cl4 + x40 * cl3,
    x01 * bl2 + x11 * bl1 + x21 * bl0 + x31 * cl4 + x41 * cl3,
    x02 * bl2 +
      x00 * bh2 +
      x12 * bl1 +
      x10 * bh1 +
      x22 * bl0 +
      x20 * bh0 +
      x32 * cl4 +
      x30 * ch4 +
      x42 * cl3 +
      x40 * ch3,
    x03 * bl2 +
      x01 * bh2 +
      x13 * bl1 +
      x11 * bh1 +
      x23 * bl0 +
      x21 * bh0 +
      x33 * cl4 +
      x31 * ch4 +
      x43 * cl3 +
      x41 * ch3,
    x02 * bh2 + x12 * bh1 + x22 * bh0 + x32 * ch4 + x42 * ch3,
    x03 * bh2 + x13 * bh1 + x23 * bh0 + x33 * ch4 + x43 * ch3,
  );
  reduceColumns(
    out,
    6,
    x00 * bl3 + x10 * bl2 + x20 * bl1 + x30 * bl0 + x40 * cl4,
    x01 * bl3 + x11 * bl2 + x21 * bl1 + x31 * bl0 + x41 * cl4,
    x02 * bl3 +
      x00 * bh3 +
      x12 * bl2 +
      x10 * bh2 +
      x22 * bl1 +
      x20 * bh1 +
      x32 * bl0 +
      x30 * bh0 +
      x42 * cl4 +
      x40 * ch4,
    x03 * bl3 +
      x01 * bh3 +
      x13 * bl2 +
      x11 * bh2 +
      x23 * bl1 +
      x21 * bh1 +
      x33 * bl0 +
      x31 * bh0 +
      x43 * cl4 +
      x41 * ch4,
    x02 * bh3 + x12 * bh2 + x22 * bh1 + x32 * bh0 + x42 * ch4,
    x03 * bh3 + x13 * bh2 + x23 * bh1 + x33 * bh0 + x43 * ch4,
  );
  reduceColumns(
    out,
    8,
    x00 * bl4 + x10 * bl3 + x20 * bl2 + x30 * bl1 + x40 * bl0,
    x01 * bl4 + x11 * bl3 + x21 * bl2 + x31 * bl1 + x41 * bl0,
    x02 * bl4 +
      x00 * bh4 +
      x12 * bl3 +
      x10 * bh3 +
      x22 * bl2 +
      x20 * bh2 +
      x32 * bl1 +
      x30 * bh1 +
      x42 * bl0 +
      x40 * bh0,
    x03 * bl4 +
      x01 * bh4 +
      x13 * bl3 +
      x11 * bh3 +
      x23 * bl2 +
      x21 * bh2 +
      x33 * bl1 +
      x31 * bh1 +
      x43 * bl0 +
      x41 * bh0,
    x02 * bh4 + x12 * bh3 + x22 * bh2 + x32 * bh1 + x42 * bh0,
    x03 * bh4 + x13 * bh3 + x23 * bh2 + x33 * bh1 + x43 * bh0,
  );
}

export function fp5Square(out: Fp5, a: Fp5): void {
  fp5Mul(out, a, a);
}

// Frobenius: (sum a_i X^i)^p = sum a_i gamma^i X^i with gamma = 3^((p-1)/5).
const FROB1 = new Float64Array(10);
const FROB2 = new Float64Array(10);
{
  let g = 1n;
  const gamma = powBig(3n, (P - 1n) / 5n);
  for (let i = 0; i < 5; i++) {
    setBigInt(FROB1, 2 * i, g);
    setBigInt(FROB2, 2 * i, (g * g) % P);
    g = (g * gamma) % P;
  }
}

function powBig(a: bigint, e: bigint): bigint {
  let r = 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * a) % P;
    a = (a * a) % P;
    e >>= 1n;
  }
  return r;
}

/** out = a^p */
export function fp5Frobenius(out: Fp5, a: Fp5): void {
  for (let i = 0; i < 10; i += 2) mulTo(out, i, a, i, FROB1, i);
}

/** out = a^(p^2) */
export function fp5Frobenius2(out: Fp5, a: Fp5): void {
  for (let i = 0; i < 10; i += 2) mulTo(out, i, a, i, FROB2, i);
}

const NT0 = fp5();
const NT1 = fp5();
const NORM = new Float64Array(2);

/**
 * Writes a^(p + p^2 + p^3 + p^4) to `rest` and returns the norm a^(1 + p + ... + p^4) (a base-field
 * element) in NORM[0..2): the Itoh-Tsujii split used by inversion and the Legendre symbol.
 */
function normSplit(rest: Fp5, a: Fp5): void {
  fp5Frobenius(NT0, a); // a^p
  fp5Frobenius(NT1, NT0); // a^(p^2)
  fp5Mul(NT0, NT0, NT1); // a^(p + p^2)
  fp5Frobenius2(NT1, NT0); // a^(p^3 + p^4)
  fp5Mul(rest, NT0, NT1);
  // only the constant coefficient of a * rest is non-zero
  const t = NT0;
  mulTo(t, 0, a, 0, rest, 0);
  mulTo(t, 2, a, 2, rest, 8);
  mulTo(t, 4, a, 4, rest, 6);
  addTo(t, 2, t, 2, t, 4);
  mulTo(t, 4, a, 6, rest, 4);
  addTo(t, 2, t, 2, t, 4);
  mulTo(t, 4, a, 8, rest, 2);
  addTo(t, 2, t, 2, t, 4);
  mulSmallTo(t, 2, t, 2, 3);
  addTo(NORM, 0, t, 0, t, 2);
}

const INV_REST = fp5();

/** out = a^-1, or 0 when a = 0. */
export function fp5Inverse(out: Fp5, a: Fp5): void {
  normSplit(INV_REST, a);
  invTo(NORM, 0, NORM, 0);
  fp5MulBase(out, INV_REST, NORM, 0);
}

/** a^((p^5 - 1) / 2) as 0n, 1n or p - 1. */
export function fp5Legendre(a: Fp5): bigint {
  normSplit(INV_REST, a);
  return legendreBig(getBigInt(NORM, 0));
}

/** True when the first non-zero limb is even, and for zero. */
export function fp5Sgn0(a: Fp5): boolean {
  for (let i = 0; i < 10; i += 2) {
    if (!isZeroAt(a, i)) return (a[i]! & 1) === 0;
  }
  return true;
}

const SQ_V = fp5();
const SQ_D = fp5();
const SQ_E = fp5();
const SQ_T = fp5();
const SQ_S = new Float64Array(2);

/**
 * Square root with the reference's exact construction (the root it returns is what point decoding
 * depends on). Returns false, leaving `out` untouched, when a is not a square.
 */
export function fp5Sqrt(out: Fp5, a: Fp5): boolean {
  const v = SQ_V;
  fp5Set(v, a);
  for (let i = 0; i < 31; i++) fp5Square(v, v); // v = a^(2^31)
  const d = SQ_D;
  fp5Set(d, v);
  for (let i = 0; i < 32; i++) fp5Square(d, d); // v^(2^32)
  fp5Mul(d, d, a);
  fp5Inverse(SQ_T, v);
  fp5Mul(d, d, SQ_T); // d = a * v^(2^32) / v
  const e = SQ_E;
  fp5Frobenius2(SQ_T, d);
  fp5Mul(SQ_T, d, SQ_T);
  fp5Frobenius(e, SQ_T); // e = Frob(d * Frob^2(d))
  const f = SQ_T;
  fp5Square(f, e);
  // g = a0 f0 + 3 (a1 f4 + a2 f3 + a3 f2 + a4 f1), a base-field element
  const g =
    (getBigInt(a, 0) * getBigInt(f, 0) +
      3n * (getBigInt(a, 2) * getBigInt(f, 8) + getBigInt(a, 4) * getBigInt(f, 6)) +
      3n * (getBigInt(a, 6) * getBigInt(f, 4) + getBigInt(a, 8) * getBigInt(f, 2))) %
    P;
  const s = sqrtBig(g);
  if (s === undefined) return false;
  setBigInt(SQ_S, 0, s);
  fp5Inverse(SQ_T, e);
  fp5MulBase(out, SQ_T, SQ_S, 0);
  return true;
}

/** The square root whose sgn0 is false (negating the reference root when needed). */
export function fp5CanonicalSqrt(out: Fp5, a: Fp5): boolean {
  if (!fp5Sqrt(out, a)) return false;
  if (fp5Sgn0(out)) fp5Neg(out, out);
  return true;
}

/** 40-byte little-endian encoding, limb 0 first. */
export function fp5ToLeBytes(a: Fp5, out: Uint8Array = new Uint8Array(40), offset = 0): Uint8Array {
  for (let i = 0; i < 5; i++) {
    writeU32(out, offset + 8 * i, a[2 * i]!);
    writeU32(out, offset + 8 * i + 4, a[2 * i + 1]!);
  }
  return out;
}

/**
 * Reads 40 little-endian bytes as 5 limbs. Returns undefined when a limb is not canonical (>= p)
 * and `strict` is set; otherwise limbs are reduced mod p.
 */
export function fp5FromLeBytes(bytes: Uint8Array, strict: boolean, offset = 0): Fp5 | undefined {
  const out = fp5();
  for (let i = 0; i < 5; i++) {
    const lo = readU32(bytes, offset + 8 * i);
    const hi = readU32(bytes, offset + 8 * i + 4);
    if (hi === 0xffffffff && lo >= 1) {
      if (strict) return undefined;
      out[2 * i] = lo - 1;
      out[2 * i + 1] = 0;
    } else {
      out[2 * i] = lo;
      out[2 * i + 1] = hi;
    }
  }
  return out;
}

function writeU32(out: Uint8Array, o: number, v: number): void {
  out[o] = v & 0xff;
  out[o + 1] = (v >>> 8) & 0xff;
  out[o + 2] = (v >>> 16) & 0xff;
  out[o + 3] = v >>> 24;
}

function readU32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
