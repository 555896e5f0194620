/**
 * ECgFp5 (Pornin): y^2 = x (x^2 + 2x + 263X) over Fp5, the prime-order "double-odd" group.
 *
 * Points use fractional (x, u) coordinates (X : Z : U : T) with x = X/Z and u = U/T = x/y. The
 * formulas are complete (no special cases for the neutral or for doubling). A point encodes to the
 * single Fp5 element w = 1/u = T/U (the neutral to 0); that encoding is the public-key format.
 */
import {
  type Fp5,
  fp5,
  fp5Add,
  fp5CanonicalSqrt,
  fp5Equal,
  fp5FromBigInts,
  fp5Inverse,
  fp5IsZero,
  fp5Legendre,
  fp5Mul,
  fp5MulBase,
  fp5MulSmall,
  fp5Neg,
  fp5Set,
  fp5SetSmall,
  fp5Square,
  fp5Sub,
} from "../field/fp5.js";
import { P, reduceTo, setBigInt } from "../field/goldilocks.js";

export interface Point {
  x: Fp5;
  z: Fp5;
  u: Fp5;
  t: Fp5;
}

export function newPoint(): Point {
  const p = { x: fp5(), z: fp5(), u: fp5(), t: fp5() };
  setNeutral(p);
  return p;
}

export function setNeutral(p: Point): void {
  p.x.fill(0);
  fp5SetSmall(p.z, 1);
  p.u.fill(0);
  fp5SetSmall(p.t, 1);
}

export function copyPoint(out: Point, p: Point): void {
  fp5Set(out.x, p.x);
  fp5Set(out.z, p.z);
  fp5Set(out.u, p.u);
  fp5Set(out.t, p.t);
}

/** The conventional generator, encoding to w = 4. */
export function generator(): Point {
  return {
    x: fp5FromBigInts([
      12883135586176881569n,
      4356519642755055268n,
      5248930565894896907n,
      2165973894480315022n,
      2448410071095648785n,
    ]),
    z: fp5FromBigInts([1n]),
    u: fp5FromBigInts([1n]),
    t: fp5FromBigInts([4n]),
  };
}

/**
 * out = a * k X, the curve constant b = 263 X scaled by k (k = 1, 2, 4 give b, 2b, 4b): limb i
 * becomes 263 k a_(i-1) and limb 0 becomes 3 * 263 k a_4 (X^5 = 3), one reduction per limb.
 */
function mulByB(out: Fp5, a: Fp5, k: number): void {
  const m = 263 * k;
  const lo4 = a[8]!;
  const hi4 = a[9]!;
  for (let i = 8; i >= 2; i -= 2) reduceTo(out, i, a[i - 2]! * m, a[i - 1]! * m);
  reduceTo(out, 0, lo4 * 3 * m, hi4 * 3 * m);
}

const T1 = fp5();
const T2 = fp5();
const T3 = fp5();
const T4 = fp5();
const T5 = fp5();
const T6 = fp5();
const T7 = fp5();
const T8 = fp5();
const T9 = fp5();
const T10 = fp5();
const TA = fp5();
const TB = fp5();

/** Shared tail of the addition formulas, given t1..t6 and Z1 * Z2 in T2. */
function addTail(out: Point): void {
  mulByB(TA, T2, 1);
  fp5Add(T7, T1, TA); // t7 = t1 + b t2
  fp5Mul(T8, T4, T7); // t8 = t4 t7
  mulByB(TA, T5, 2);
  fp5Add(TB, T7, T7);
  fp5Add(TA, TA, TB);
  fp5Mul(T9, T3, TA); // t9 = t3 (2b t5 + 2 t7)
  fp5Add(TA, T3, T3);
  fp5Add(TA, TA, T4);
  fp5Add(TB, T5, T7);
  fp5Mul(T10, TA, TB); // t10 = (t4 + 2 t3)(t5 + t7)
  mulByB(TA, T2, 1);
  fp5Sub(TA, TA, T1);
  fp5Mul(out.u, T6, TA); // U = t6 (b t2 - t1)
  fp5Sub(TA, T10, T8);
  mulByB(out.x, TA, 1); // X = (t10 - t8) b
  fp5Sub(out.z, T8, T9);
  fp5Add(out.t, T8, T9);
}

/** out = p + q (out may alias either). */
export function pointAdd(out: Point, p: Point, q: Point): void {
  fp5Mul(T1, p.x, q.x);
  fp5Mul(T3, p.u, q.u);
  fp5Add(TA, p.x, p.z);
  fp5Add(TB, q.x, q.z);
  fp5Mul(T5, TA, TB);
  fp5Add(TA, p.u, p.t);
  fp5Add(TB, q.u, q.t);
  fp5Mul(T6, TA, TB);
  fp5Mul(T2, p.z, q.z);
  fp5Mul(T4, p.t, q.t);
  fp5Sub(T5, T5, T1);
  fp5Sub(T5, T5, T2); // t5 = (x1 + z1)(x2 + z2) - t1 - t2
  fp5Sub(T6, T6, T3);
  fp5Sub(T6, T6, T4); // t6 = (u1 + t1')(u2 + t2') - t3 - t4
  addTail(out);
}

/** out = p + (qx, qu) where the second point is affine (Z = T = 1); (0, 0) is the neutral. */
export function pointAddAffine(out: Point, p: Point, qx: Fp5, qu: Fp5): void {
  fp5Mul(T1, p.x, qx);
  fp5Mul(T3, p.u, qu);
  fp5Mul(T5, p.z, qx);
  fp5Add(T5, T5, p.x); // t5 = x1 + z1 x2
  fp5Mul(T6, p.t, qu);
  fp5Add(T6, T6, p.u); // t6 = u1 + t1' u2
  fp5Set(T2, p.z);
  fp5Set(T4, p.t);
  addTail(out);
}

/** out = 2p (out may alias p). */
export function pointDouble(out: Point, p: Point): void {
  fp5Mul(T1, p.z, p.t); // t1 = z t
  fp5Mul(T2, T1, p.t); // t2 = t1 t
  fp5Square(T3, T2); // X1 = t2^2
  fp5Mul(T4, T1, p.u); // Z1 = t1 u
  fp5Square(T5, p.u); // t3 = u^2
  fp5Add(TA, p.x, p.z);
  fp5Add(TA, TA, TA);
  fp5Mul(TA, TA, T5);
  fp5Sub(T6, T2, TA); // W1 = t2 - t3 * 2(x + z)
  fp5Square(T7, T4); // t4 = Z1^2
  mulByB(out.x, T7, 4); // X = 4b t4
  fp5Square(out.z, T6); // Z = W1^2
  fp5Add(TA, T6, T4);
  fp5Square(TA, TA);
  fp5Sub(TA, TA, T7);
  fp5Sub(out.u, TA, out.z); // U = (W1 + Z1)^2 - t4 - Z
  fp5Add(TA, T3, T3);
  fp5MulSmall(TB, T7, 4);
  fp5Add(TB, TB, out.z);
  fp5Sub(out.t, TA, TB); // T = 2 X1 - (4 t4 + Z)
}

/** w = T / U, with the neutral (U = 0) encoding to 0. */
export function encodePoint(out: Fp5, p: Point): void {
  fp5Inverse(TA, p.u);
  fp5Mul(out, p.t, TA);
}

const HALF = new Float64Array(2);
setBigInt(HALF, 0, (P + 1n) / 2n);

/**
 * Decodes an encoding w into a point, or undefined when w is not a valid encoding. w = 0 is the
 * neutral. Otherwise x is the root of x^2 - (w^2 - 2) x + b = 0 that is not a square.
 */
export function decodePoint(w: Fp5): Point | undefined {
  const p = newPoint();
  if (fp5IsZero(w)) return p;
  const e = fp5();
  fp5Square(e, w);
  const two = fp5();
  fp5SetSmall(two, 2);
  fp5Sub(e, e, two); // e = w^2 - a
  const delta = fp5();
  fp5Square(delta, e);
  const fourB = fp5();
  fourB[2] = 1052;
  fp5Sub(delta, delta, fourB); // delta = e^2 - 4b
  const r = fp5();
  if (!fp5CanonicalSqrt(r, delta)) return undefined;
  const x1 = fp5();
  fp5Add(x1, e, r);
  fp5MulBase(x1, x1, HALF, 0);
  const x2 = fp5();
  fp5Sub(x2, e, r);
  fp5MulBase(x2, x2, HALF, 0);
  fp5Set(p.x, fp5Legendre(x1) === 1n ? x2 : x1);
  fp5SetSmall(p.z, 1);
  fp5SetSmall(p.u, 1);
  fp5Set(p.t, w);
  return p;
}

export function pointEqualsEncoded(p: Point, w: Fp5): boolean {
  const enc = fp5();
  encodePoint(enc, p);
  return fp5Equal(enc, w);
}

const SELECTED = newPoint();

/** SELECTED = table[index] by a masked scan of every entry (no secret-dependent memory access). */
function selectMasked(table: readonly Point[], index: number): void {
  const s = SELECTED;
  s.x.fill(0);
  s.z.fill(0);
  s.u.fill(0);
  s.t.fill(0);
  for (let j = 0; j < table.length; j++) {
    const x = j ^ index;
    const m = 1 - ((x | -x) >>> 31);
    const q = table[j]!;
    for (let w = 0; w < 10; w++) {
      s.x[w] = s.x[w]! + m * q.x[w]!;
      s.z[w] = s.z[w]! + m * q.z[w]!;
      s.u[w] = s.u[w]! + m * q.u[w]!;
      s.t[w] = s.t[w]! + m * q.t[w]!;
    }
  }
}

/**
 * out = k * p for 0 <= k < 2^320 by 4-bit fixed windows from the top, always 80 windows, with
 * masked table selection (variable base: verification, and the generator before its table exists).
 */
export function pointMul(out: Point, p: Point, k: bigint): void {
  const table: Point[] = [newPoint()];
  for (let i = 1; i < 16; i++) {
    const q = newPoint();
    pointAdd(q, table[i - 1]!, p);
    table.push(q);
  }
  const acc = newPoint();
  for (let i = 79; i >= 0; i--) {
    for (let d = 0; d < 4; d++) pointDouble(acc, acc);
    selectMasked(table, Number((k >> BigInt(4 * i)) & 15n));
    pointAdd(acc, acc, SELECTED);
  }
  copyPoint(out, acc);
}

/** -p: negating y flips the sign of u. */
export function pointNeg(out: Point, p: Point): void {
  copyPoint(out, p);
  fp5Neg(out.u, out.u);
}
