import { CURVE_ORDER, FIELD_PRIME as P } from "./constants.js";
import {
  type AffinePoint,
  addMixed,
  double,
  GENERATOR,
  type JacobianPoint,
  multiplyPoint,
  toAffine,
} from "./curve.js";
import { invert } from "./modular.js";
import {
  fromMontgomery,
  isZeroModP,
  LIMBS,
  MONTGOMERY_ONE,
  montMul,
  montSqr,
  normalize,
  toMontgomery,
} from "./montgomery.js";

/*
 * k·G for signing on a fixed-base table: the scalar is recoded into signed w-bit digits and digit i
 * selects a precomputed affine multiple of 2^(w·i)·G, so k·G costs ⌈253/w⌉ mixed additions and no
 * doublings. Points and the accumulator are Montgomery limbs (montgomery.ts). An addition where
 * the accumulator equals ± the table point (only a few specific scalars reach one) is detected and
 * redone on bigint (curve.ts).
 *
 * Cold start: the default 10-bit table (~13k points) takes ~30 ms to build, most of it while the
 * limb code is still cold, so until it is complete k·G runs double-and-add on bigint (native
 * arithmetic, fast from the start; ~1–3 ms) and every call from the third on builds one more of
 * the table's 26 rows (~1 ms each once hot). precomputeGeneratorTable builds it at once.
 */

/** Default digit width: 10 bits gives 26 additions per k·G from a ~13k-point (~2.3 MB) table. */
export const DEFAULT_WINDOW_BITS = 10;
const SCALAR_BITS = 252;
const POINT = 2 * LIMBS;
const X = 0;
const Y = LIMBS;
const Z = 2 * LIMBS;

/** Signed-digit table: row i holds (j + 1)·2^(w·i)·G for j < 2^(w−1), as affine x, y limbs. */
interface FixedBaseTable {
  readonly width: number;
  readonly windows: number;
  readonly rows: Float64Array[];
  /** 2^(w·rows.length)·G, the base of the next row to build. */
  nextBase: AffinePoint;
}

const acc = new Float64Array(3 * LIMBS);
const z1z1 = new Float64Array(LIMBS);
const u2 = new Float64Array(LIMBS);
const s2 = new Float64Array(LIMBS);
const h = new Float64Array(LIMBS);
const hh = new Float64Array(LIMBS);
const hhh = new Float64Array(LIMBS);
const r = new Float64Array(LIMBS);
const v = new Float64Array(LIMBS);
const t = new Float64Array(LIMBS);

/**
 * a ← a + (±q) for Jacobian `a` (not infinity) and affine q at q[qo] (add-1998-cmo-2 with Z2 = 1:
 * 8M + 3S). Returns false, leaving `a` unchanged, when a = ±q (H ≡ 0). Differences of two
 * multiplication outputs have limbs below 2^24 + 2^5 in magnitude and go into montMul as they are;
 * only r (and X3, which later feeds H) are carried. Y3 is stored with limbs in (−2^24, 2^24).
 */
function addMixedLimbs(a: Float64Array, q: Float64Array, qo: number, negate: boolean): boolean {
  montSqr(z1z1, 0, a, Z);
  montMul(u2, 0, q, qo, z1z1, 0);
  montMul(s2, 0, q, qo + LIMBS, a, Z);
  montMul(s2, 0, s2, 0, z1z1, 0);
  for (let k = 0; k < LIMBS; k++) h[k] = u2[k]! - a[X + k]!;
  if (isZeroModP(h, 0)) return false;
  const sign = negate ? -1 : 1;
  for (let k = 0; k < LIMBS; k++) r[k] = sign * s2[k]! - a[Y + k]!;
  normalize(r, 0);
  montSqr(hh, 0, h, 0);
  montMul(hhh, 0, h, 0, hh, 0);
  montMul(v, 0, a, X, hh, 0);
  montMul(a, Z, a, Z, h, 0);
  montMul(t, 0, a, Y, hhh, 0);
  montSqr(a, X, r, 0);
  for (let k = 0; k < LIMBS; k++) a[X + k] = a[X + k]! - hhh[k]! - 2 * v[k]!;
  normalize(a, X);
  for (let k = 0; k < LIMBS; k++) v[k] = v[k]! - a[X + k]!;
  montMul(v, 0, r, 0, v, 0);
  for (let k = 0; k < LIMBS; k++) a[Y + k] = v[k]! - t[k]!;
  return true;
}

function readJacobian(a: Float64Array, o: number): JacobianPoint {
  return { x: fromMontgomery(a, o + X), y: fromMontgomery(a, o + Y), z: fromMontgomery(a, o + Z) };
}

function writeJacobian(p: JacobianPoint, a: Float64Array, o: number): void {
  toMontgomery(p.x, a, o + X);
  toMontgomery(p.y, a, o + Y);
  toMontgomery(p.z, a, o + Z);
}

function readAffine(q: Float64Array, qo: number): AffinePoint {
  return { x: fromMontgomery(q, qo), y: fromMontgomery(q, qo + LIMBS) };
}

/** a ← a + (±q) on bigint, for the additions addMixedLimbs declines; false when the sum is infinity. */
function addExceptional(a: Float64Array, q: AffinePoint, negate: boolean): boolean {
  const sum = addMixed(readJacobian(a, 0), negate ? { x: q.x, y: P - q.y } : q);
  if (sum.z === 0n) return false;
  writeJacobian(sum, a, 0);
  return true;
}

/** Builds the next row of a table: j·B for j = 1..2^(w−1), B = nextBase, converted to affine together. */
function buildRow(table: FixedBaseTable): void {
  const count = 1 << (table.width - 1);
  const base = table.nextBase;
  const baseLimbs = new Float64Array(POINT);
  toMontgomery(base.x, baseLimbs, 0);
  toMontgomery(base.y, baseLimbs, LIMBS);
  const jacobian = new Float64Array(count * 3 * LIMBS);
  const a = acc;
  a.set(baseLimbs, 0);
  a.set(MONTGOMERY_ONE, Z);
  jacobian.set(a, 0);
  for (let k = 1; k < count; k++) {
    // 1·B + B is a doubling; no later multiple can meet ±B (k < 2^15 ≪ the group order).
    if (!addMixedLimbs(a, baseLimbs, 0, false) && !addExceptional(a, base, false)) {
      throw new RangeError("unexpected point at infinity while building the k·G table");
    }
    jacobian.set(a, k * 3 * LIMBS);
  }
  // Montgomery's trick: one inversion (on bigint) for the whole row.
  const prefix = new Float64Array(count * LIMBS);
  prefix.set(MONTGOMERY_ONE, 0);
  for (let k = 1; k < count; k++) {
    montMul(prefix, k * LIMBS, prefix, (k - 1) * LIMBS, jacobian, (k - 1) * 3 * LIMBS + Z);
  }
  const total = new Float64Array(LIMBS);
  montMul(total, 0, prefix, (count - 1) * LIMBS, jacobian, (count - 1) * 3 * LIMBS + Z);
  const inverse = new Float64Array(LIMBS);
  // fromMontgomery gives z·R's value z; its inverse enters Montgomery form as z⁻¹·R.
  toMontgomery(invert(fromMontgomery(total, 0), P), inverse, 0);
  const row = new Float64Array(count * POINT);
  const zInv = new Float64Array(LIMBS);
  const zInv2 = new Float64Array(LIMBS);
  for (let k = count - 1; k >= 0; k--) {
    const jo = k * 3 * LIMBS;
    montMul(zInv, 0, inverse, 0, prefix, k * LIMBS);
    montMul(inverse, 0, inverse, 0, jacobian, jo + Z);
    montSqr(zInv2, 0, zInv, 0);
    montMul(row, k * POINT, jacobian, jo + X, zInv2, 0);
    montMul(zInv2, 0, zInv2, 0, zInv, 0);
    montMul(row, k * POINT + LIMBS, jacobian, jo + Y, zInv2, 0);
  }
  table.rows.push(row);
  // Next base 2^w·B = 2·(2^(w−1)·B), the row's last entry doubled.
  const last = readAffine(row, (count - 1) * POINT);
  table.nextBase = toAffine(double({ x: last.x, y: last.y, z: 1n }));
}

function emptyTable(width: number): FixedBaseTable {
  return { width, windows: Math.floor(SCALAR_BITS / width) + 1, rows: [], nextBase: GENERATOR };
}

/** The wide table, complete or being built a row per call. */
let table: FixedBaseTable | undefined;

/**
 * Builds the k·G table now instead of during the first signatures. Width 4..16 bits; wider tables
 * sign faster but cost memory (≈ 2^(w−1)·⌈253/w⌉ points) and build time.
 */
export function precomputeGeneratorTable(width: number = DEFAULT_WINDOW_BITS): void {
  if (!Number.isInteger(width) || width < 4 || width > 16) {
    throw new RangeError("window width must be an integer from 4 to 16");
  }
  if (table?.width !== width) table = emptyTable(width);
  while (table.rows.length < table.windows) buildRow(table);
}

/** k·G calls answered on bigint before table building starts: a signer's public key and first signature. */
const CALLS_BEFORE_BUILDING = 2;
let callsWithoutTable = 0;

/**
 * The table if complete; otherwise undefined, after building its next row unless this is one of
 * the first calls (which then pay for neither the table nor the limb code's warm-up).
 */
function completeTable(): FixedBaseTable | undefined {
  table ??= emptyTable(DEFAULT_WINDOW_BITS);
  if (table.rows.length === table.windows) return table;
  if (++callsWithoutTable > CALLS_BEFORE_BUILDING) buildRow(table);
  return table.rows.length === table.windows ? table : undefined;
}

/** Bits [start, start + width) of a 64-digit hex string (width ≤ 16, so at most 5 digits are read). */
function bitsAt(hex: string, start: number, width: number): number {
  const low = start >> 2;
  if (low > 63) return 0;
  const high = Math.min((start + width - 1) >> 2, 63);
  const chunk = Number.parseInt(hex.slice(63 - high, 64 - low), 16);
  return (chunk >>> (start & 3)) & ((1 << width) - 1);
}

/** k·G for 0 < k < CURVE_ORDER, in affine coordinates. */
export function multiplyGenerator(k: bigint): AffinePoint {
  if (k <= 0n || k >= CURVE_ORDER) throw new RangeError("scalar out of range");
  const complete = completeTable();
  // Until then, double-and-add on bigint: ~1–2 ms, and fast even before the JIT has warmed up.
  if (!complete) return multiplyPoint(k, GENERATOR);
  const { width, windows, rows } = complete;
  const size = 1 << width;
  const half = size >> 1;
  const hex = k.toString(16).padStart(64, "0");
  let infinity = true;
  let carry = 0;
  for (let i = 0; i < windows; i++) {
    let digit = bitsAt(hex, i * width, width) + carry;
    carry = 0;
    if (digit > half) {
      digit -= size;
      carry = 1;
    }
    if (digit === 0) continue;
    const row = rows[i]!;
    const offset = (Math.abs(digit) - 1) * POINT;
    const negate = digit < 0;
    if (infinity) {
      acc.set(row.subarray(offset, offset + LIMBS), X);
      for (let n = 0; n < LIMBS; n++)
        acc[Y + n] = negate ? -row[offset + LIMBS + n]! : row[offset + LIMBS + n]!;
      normalize(acc, Y);
      acc.set(MONTGOMERY_ONE, Z);
      infinity = false;
    } else if (!addMixedLimbs(acc, row, offset, negate)) {
      infinity = !addExceptional(acc, readAffine(row, offset), negate);
    }
  }
  if (infinity) throw new RangeError("k·G is the point at infinity");
  return toAffine(readJacobian(acc, 0));
}
