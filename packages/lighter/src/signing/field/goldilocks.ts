/**
 * Goldilocks field arithmetic, p = 2^64 - 2^32 + 1, without BigInt on the hot path.
 *
 * An element is stored as two doubles (lo, hi), its low and high 32-bit words, canonical
 * (value < p), at an offset of a Float64Array. Products go through 16x32-bit partial products
 * (each < 2^48, sums < 2^53) so every intermediate stays an exact double; the reduction uses
 * 2^64 = 2^32 - 1 and 2^96 = -1 (mod p). BigInt is used only at the API edges.
 */

export const P = 0xffffffff00000001n;
const TWO16 = 65536;
const INV16 = 1 / 65536;
const TWO32 = 4294967296;
const INV32 = 1 / 4294967296;
const MAX32 = 4294967295;

/**
 * Writes the canonical form of `lo + hi * 2^32` (integers with |lo|, |hi| < 2^52) to out[o], out[o+1].
 */
export function reduceTo(out: Float64Array, o: number, lo: number, hi: number): void {
  let c = Math.floor(lo * INV32);
  lo -= c * TWO32;
  hi += c;
  if (hi >= TWO32 || hi < 0) {
    c = Math.floor(hi * INV32);
    hi -= c * TWO32;
    // c * 2^64 = c * (2^32 - 1)
    lo -= c;
    hi += c;
    c = Math.floor(lo * INV32);
    lo -= c * TWO32;
    hi += c;
    if (hi >= TWO32) {
      hi -= TWO32;
      lo += MAX32;
      if (lo >= TWO32) {
        lo -= TWO32;
        hi += 1;
      }
    } else if (hi < 0) {
      hi += TWO32;
      lo -= MAX32;
      if (lo < 0) {
        lo += TWO32;
        hi -= 1;
      }
    }
  }
  if (hi === MAX32 && lo >= 1) {
    hi = 0;
    lo -= 1;
  }
  out[o] = lo;
  out[o + 1] = hi;
}

// Unreduced product words of the last mulWords call: value = MUL_LO + MUL_HI * 2^32 (mod p).
let MUL_LO = 0;
let MUL_HI = 0;

/**
 * Multiplies (alo, ahi) by (blo, bhi), leaving an unreduced (lo, hi) pair with |lo| < 2^39 and
 * hi < 2^33 in MUL_LO / MUL_HI, so callers can add before reducing once.
 */
function mulWords(alo: number, ahi: number, blo: number, bhi: number): void {
  const a0 = alo & 0xffff;
  const a1 = alo >>> 16;
  const a2 = ahi & 0xffff;
  const a3 = ahi >>> 16;
  const c0 = a0 * blo;
  const t1 = a1 * blo + Math.floor(c0 * INV16);
  const q1 = Math.floor(t1 * INV16);
  const w0 = c0 - Math.floor(c0 * INV16) * TWO16 + (t1 - q1 * TWO16) * TWO16;
  const t2 = a2 * blo + a0 * bhi + q1;
  const q2 = Math.floor(t2 * INV16);
  const t3 = a3 * blo + a1 * bhi + q2;
  const q3 = Math.floor(t3 * INV16);
  const w1 = t2 - q2 * TWO16 + (t3 - q3 * TWO16) * TWO16;
  const t4 = a2 * bhi + q3;
  const q4 = Math.floor(t4 * INV16);
  const t5 = a3 * bhi + q4;
  const w3 = Math.floor(t5 * INV16);
  const w2 = t4 - q4 * TWO16 + (t5 - w3 * TWO16) * TWO16;
  MUL_LO = w0 - w2 - w3;
  MUL_HI = w1 + w2;
}

/** out[o] = a[ao] * b[bo] */
export function mulTo(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
): void {
  mulWords(a[ao]!, a[ao + 1]!, b[bo]!, b[bo + 1]!);
  reduceTo(out, o, MUL_LO, MUL_HI);
}

/** out[o] = a[ao] * b[bo] + c[co] (one reduction) */
export function mulAddTo(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
  c: Float64Array,
  co: number,
): void {
  mulWords(a[ao]!, a[ao + 1]!, b[bo]!, b[bo + 1]!);
  reduceTo(out, o, MUL_LO + c[co]!, MUL_HI + c[co + 1]!);
}

/** out[o] = (alo, ahi) * (blo, bhi) + (addLo + addHi * 2^32), inputs canonical words, |addLo|, |addHi| < 2^48. */
export function mulAddWordsTo(
  out: Float64Array,
  o: number,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
  addLo: number,
  addHi: number,
): void {
  mulWords(alo, ahi, blo, bhi);
  reduceTo(out, o, MUL_LO + addLo, MUL_HI + addHi);
}

/** out[o] = a[ao] + b[bo] */
export function addTo(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
): void {
  let lo = a[ao]! + b[bo]!;
  let hi = a[ao + 1]! + b[bo + 1]!;
  if (lo >= TWO32) {
    lo -= TWO32;
    hi += 1;
  }
  if (hi >= TWO32) {
    // 2^64 = 2^32 - 1; the sum is then already below p
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
  out[o] = lo;
  out[o + 1] = hi;
}

/** out[o] = a[ao] - b[bo] */
export function subTo(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
): void {
  let lo = a[ao]! - b[bo]!;
  let hi = a[ao + 1]! - b[bo + 1]!;
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
  out[o] = lo;
  out[o + 1] = hi;
}

/** out[o] = -a[ao] */
export function negTo(out: Float64Array, o: number, a: Float64Array, ao: number): void {
  const lo = a[ao]!;
  const hi = a[ao + 1]!;
  if (lo === 0 && hi === 0) {
    out[o] = 0;
    out[o + 1] = 0;
    return;
  }
  // p - a = (2^32 - 1 - hi) * 2^32 + (1 - lo)
  let rlo = 1 - lo;
  let rhi = MAX32 - hi;
  if (rlo < 0) {
    rlo += TWO32;
    rhi -= 1;
  }
  out[o] = rlo;
  out[o + 1] = rhi;
}

/** out[o] = a[ao] * k for a small integer 0 <= k < 2^20 */
export function mulSmallTo(out: Float64Array, o: number, a: Float64Array, ao: number, k: number): void {
  reduceTo(out, o, a[ao]! * k, a[ao + 1]! * k);
}

const SCRATCH = new Float64Array(6);

/** out[o] = a[ao]^e for a non-negative exponent (0^0 = 1). */
export function powTo(out: Float64Array, o: number, a: Float64Array, ao: number, e: bigint): void {
  const s = SCRATCH;
  s[0] = a[ao]!;
  s[1] = a[ao + 1]!;
  s[2] = 1;
  s[3] = 0;
  while (e > 0n) {
    if (e & 1n) mulTo(s, 2, s, 2, s, 0);
    e >>= 1n;
    if (e > 0n) mulTo(s, 0, s, 0, s, 0);
  }
  out[o] = s[2]!;
  out[o + 1] = s[3]!;
}

/** out[o] = a[ao]^-1, or 0 for 0. */
export function invTo(out: Float64Array, o: number, a: Float64Array, ao: number): void {
  powTo(out, o, a, ao, P - 2n);
}

export function isZeroAt(a: Float64Array, ao: number): boolean {
  return a[ao] === 0 && a[ao + 1] === 0;
}

export function isOneAt(a: Float64Array, ao: number): boolean {
  return a[ao] === 1 && a[ao + 1] === 0;
}

/** Writes x mod p (x may be negative or above 2^64) at out[o]. */
export function setBigInt(out: Float64Array, o: number, x: bigint): void {
  let v = x % P;
  if (v < 0n) v += P;
  out[o] = Number(v & 0xffffffffn);
  out[o + 1] = Number(v >> 32n);
}

export function getBigInt(a: Float64Array, ao: number): bigint {
  return (BigInt(a[ao + 1]!) << 32n) | BigInt(a[ao]!);
}

/**
 * Go's conversion of an integer field to a field element: the two's-complement 64-bit pattern,
 * reduced mod p (-1 becomes 2^64 - 1 - p = 4294967294).
 */
export function fromGoInt(x: bigint): bigint {
  return BigInt.asUintN(64, x) % P;
}

// 2^32-th root of unity generating the 2-Sylow subgroup (Tonelli-Shanks z), as fixed by the reference.
const TS_Z = 7277203076849721926n;

/**
 * Square root by Tonelli-Shanks with the reference's exact branch choices, or undefined when a is
 * a non-residue. The returned root is the one Lighter's Go code computes (its decoding relies on it).
 */
export function sqrtBig(a: bigint): bigint | undefined {
  a %= P;
  if (a === 0n) return 0n;
  if (legendreBig(a) !== 1n) return undefined;
  const t = (P - 1n) >> 32n;
  let w = modPow(a, (t - 1n) >> 1n);
  let x = (a * w) % P;
  let b = (x * w) % P;
  let z = TS_Z;
  let v = 32;
  while (b !== 1n) {
    let k = 0;
    let b2k = b;
    while (b2k !== 1n) {
      b2k = (b2k * b2k) % P;
      k++;
    }
    w = z;
    for (let i = 0; i < v - k - 1; i++) w = (w * w) % P;
    z = (w * w) % P;
    b = (b * z) % P;
    x = (x * w) % P;
    v = k;
  }
  return x;
}

/** a^((p-1)/2): 0, 1 or p - 1. */
export function legendreBig(a: bigint): bigint {
  return modPow(a % P, (P - 1n) >> 1n);
}

export function modPow(a: bigint, e: bigint): bigint {
  let r = 1n;
  let x = ((a % P) + P) % P;
  while (e > 0n) {
    if (e & 1n) r = (r * x) % P;
    x = (x * x) % P;
    e >>= 1n;
  }
  return r;
}
