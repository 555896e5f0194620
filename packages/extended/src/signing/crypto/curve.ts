import {
  CURVE_ALPHA,
  CURVE_BETA,
  CURVE_ORDER,
  GENERATOR_X,
  GENERATOR_Y,
  FIELD_PRIME as P,
} from "./constants.js";
import { invert, mod } from "./modular.js";

/*
 * Stark curve arithmetic for signing. k·G dominates the cost of a signature, so it runs on a
 * fixed-base table: the scalar is recoded into signed w-bit digits and each digit selects a
 * precomputed affine multiple of 2^(w·i)·G; a signature then costs ⌈253/w⌉ mixed additions and no
 * doublings. The table is built once, lazily, and shared by every signer.
 */

export interface AffinePoint {
  readonly x: bigint;
  readonly y: bigint;
}

/** Jacobian coordinates (X/Z², Y/Z³); Z = 0 is the point at infinity. */
interface JacobianPoint {
  x: bigint;
  y: bigint;
  z: bigint;
}

const INFINITY: JacobianPoint = { x: 1n, y: 1n, z: 0n };

export const GENERATOR: AffinePoint = { x: GENERATOR_X, y: GENERATOR_Y };

function double(p: JacobianPoint): JacobianPoint {
  if (p.z === 0n || p.y === 0n) return INFINITY;
  const xx = (p.x * p.x) % P;
  const yy = (p.y * p.y) % P;
  const yyyy = (yy * yy) % P;
  const zz = (p.z * p.z) % P;
  const s = (2n * ((p.x + yy) * (p.x + yy) - xx - yyyy)) % P;
  const m = (3n * xx + CURVE_ALPHA * ((zz * zz) % P)) % P;
  const x3 = mod(m * m - 2n * s, P);
  const y3 = mod(m * (s - x3) - 8n * yyyy, P);
  const z3 = mod((p.y + p.z) * (p.y + p.z) - yy - zz, P);
  return { x: x3, y: y3, z: z3 };
}

/** p + q with q affine (madd-2007-bl), falling back to doubling when p = q. */
function addMixed(p: JacobianPoint, q: AffinePoint): JacobianPoint {
  if (p.z === 0n) return { x: q.x, y: q.y, z: 1n };
  const z1z1 = (p.z * p.z) % P;
  const u2 = (q.x * z1z1) % P;
  const s2 = (((q.y * p.z) % P) * z1z1) % P;
  const h = mod(u2 - p.x, P);
  const r = mod(2n * (s2 - p.y), P);
  if (h === 0n) return r === 0n ? double(p) : INFINITY;
  const hh = (h * h) % P;
  const i = 4n * hh;
  const j = (h * i) % P;
  const v = (p.x * i) % P;
  const x3 = mod(r * r - j - 2n * v, P);
  const y3 = mod(r * (v - x3) - ((2n * p.y * j) % P), P);
  const z3 = mod((p.z + h) * (p.z + h) - z1z1 - hh, P);
  return { x: x3, y: y3, z: z3 };
}

function toAffine(p: JacobianPoint): AffinePoint {
  if (p.z === 0n) throw new RangeError("point at infinity has no affine coordinates");
  const zInv = invert(p.z, P);
  const zInv2 = (zInv * zInv) % P;
  return { x: (p.x * zInv2) % P, y: (((p.y * zInv2) % P) * zInv) % P };
}

/** Affine forms of many points with one inversion (Montgomery's trick). */
function batchToAffine(points: readonly JacobianPoint[]): AffinePoint[] {
  const prefix: bigint[] = new Array(points.length);
  let acc = 1n;
  for (let i = 0; i < points.length; i++) {
    prefix[i] = acc;
    acc = (acc * points[i]!.z) % P;
  }
  let inv = invert(acc, P);
  const out: AffinePoint[] = new Array(points.length);
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    const zInv = (inv * prefix[i]!) % P;
    inv = (inv * p.z) % P;
    const zInv2 = (zInv * zInv) % P;
    out[i] = { x: (p.x * zInv2) % P, y: (((p.y * zInv2) % P) * zInv) % P };
  }
  return out;
}

/** Signed-digit fixed-base table: rows[i][j] = (j + 1)·2^(w·i)·G. */
interface FixedBaseTable {
  readonly width: number;
  readonly rows: readonly (readonly AffinePoint[])[];
}

/** Default digit width: 10 bits gives 26 additions per k·G from a ~13k-point (~2 MB) table. */
export const DEFAULT_WINDOW_BITS = 10;
const SCALAR_BITS = 252;

let table: FixedBaseTable | undefined;

function buildTable(width: number): FixedBaseTable {
  const half = 1 << (width - 1);
  const windows = Math.floor(SCALAR_BITS / width) + 1;
  const jacobian: JacobianPoint[] = [];
  let base: AffinePoint = GENERATOR;
  for (let i = 0; i < windows; i++) {
    let acc: JacobianPoint = { x: base.x, y: base.y, z: 1n };
    jacobian.push(acc);
    for (let j = 1; j < half; j++) {
      acc = addMixed(acc, base);
      jacobian.push(acc);
    }
    // next base = 2^w · base = 2 · (2^(w−1) · base), the row's last entry doubled
    if (i + 1 < windows) base = toAffine(double(acc));
  }
  const affine = batchToAffine(jacobian);
  const rows: AffinePoint[][] = [];
  for (let i = 0; i < windows; i++) rows.push(affine.slice(i * half, (i + 1) * half));
  return { width, rows };
}

/**
 * Builds the k·G table now instead of on the first signature. Width 4..16 bits; wider tables sign
 * faster but cost memory (≈ 2^(w−1)·⌈253/w⌉ points) and build time.
 */
export function precomputeGeneratorTable(width: number = DEFAULT_WINDOW_BITS): void {
  if (!Number.isInteger(width) || width < 4 || width > 16) {
    throw new RangeError("window width must be an integer from 4 to 16");
  }
  if (table?.width !== width) table = buildTable(width);
}

/** k·G for 0 < k < CURVE_ORDER, in affine coordinates. */
export function multiplyGenerator(k: bigint): AffinePoint {
  if (k <= 0n || k >= CURVE_ORDER) throw new RangeError("scalar out of range");
  if (!table) table = buildTable(DEFAULT_WINDOW_BITS);
  const { width, rows } = table;
  const size = 1n << BigInt(width);
  const half = size >> 1n;
  const mask = size - 1n;
  const shift = BigInt(width);
  let acc: JacobianPoint = INFINITY;
  let rest = k;
  for (let i = 0; rest !== 0n; i++) {
    let digit = rest & mask;
    rest >>= shift;
    if (digit > half) {
      digit -= size;
      rest += 1n;
    }
    if (digit === 0n) continue;
    const row = rows[i]!;
    if (digit > 0n) acc = addMixed(acc, row[Number(digit) - 1]!);
    else {
      const point = row[Number(-digit) - 1]!;
      acc = addMixed(acc, { x: point.x, y: P - point.y });
    }
  }
  return toAffine(acc);
}

/** k·Q by double-and-add; for verification and tests, not on the signing path. */
export function multiplyPoint(k: bigint, q: AffinePoint): AffinePoint {
  let acc: JacobianPoint = INFINITY;
  for (let bit = BigInt(k.toString(2).length - 1); bit >= 0n; bit--) {
    acc = double(acc);
    if ((k >> bit) & 1n) acc = addMixed(acc, q);
  }
  return toAffine(acc);
}

/** True when (x, y) satisfies y² = x³ + αx + β. */
export function isOnCurve(p: AffinePoint): boolean {
  return mod(p.y * p.y - (p.x * p.x * p.x + CURVE_ALPHA * p.x + CURVE_BETA), P) === 0n;
}
