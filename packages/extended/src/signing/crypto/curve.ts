import { CURVE_ALPHA, CURVE_BETA, GENERATOR_X, GENERATOR_Y, FIELD_PRIME as P } from "./constants.js";
import { invert, mod } from "./modular.js";

/*
 * Stark curve arithmetic on bigint: the reference for the limb-based fixed-base k·G
 * (fixed-base.ts), its rare exceptional additions, verification and tests.
 */

export interface AffinePoint {
  readonly x: bigint;
  readonly y: bigint;
}

/** Jacobian coordinates (X/Z², Y/Z³); Z = 0 is the point at infinity. */
export interface JacobianPoint {
  x: bigint;
  y: bigint;
  z: bigint;
}

export const INFINITY: JacobianPoint = { x: 1n, y: 1n, z: 0n };

export const GENERATOR: AffinePoint = { x: GENERATOR_X, y: GENERATOR_Y };

export function double(p: JacobianPoint): JacobianPoint {
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
export function addMixed(p: JacobianPoint, q: AffinePoint): JacobianPoint {
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

export function toAffine(p: JacobianPoint): AffinePoint {
  if (p.z === 0n) throw new RangeError("point at infinity has no affine coordinates");
  const zInv = invert(p.z, P);
  const zInv2 = (zInv * zInv) % P;
  return { x: (p.x * zInv2) % P, y: (((p.y * zInv2) % P) * zInv) % P };
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
