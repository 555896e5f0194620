/**
 * Multiplication of the generator by a scalar with a precomputed signed-window table.
 *
 * The scalar is recoded into digits d_i in [-2^(W-1), 2^(W-1)], so k*G = sum d_i * 2^(W i) * G
 * needs one mixed addition per window and no doublings. Table row i holds j * 2^(W i) * G for
 * j = 1..2^(W-1) in affine (x, u); a negative digit negates u. Building it costs several scalar
 * multiplications, so the first call (typically the first signature of a short-lived process)
 * uses a 5-tooth comb over 2^(64 i) G (embedded constants, a 32-entry table built in well under a
 * millisecond): 64 doublings + 64 additions. The big table is built on the second call, or up
 * front with precomputeGeneratorTable().
 *
 * Each window's entry is selected by an arithmetic masked scan over the whole row rather than by
 * indexing with the secret digit, so memory access does not depend on the nonce; JavaScript JITs
 * give no hard constant-time guarantee, so this is best effort.
 */
import { type Fp5, fp5, fp5FromBigInts, fp5Inverse, fp5Mul, fp5Neg } from "../field/fp5.js";
import {
  copyPoint,
  generator,
  newPoint,
  type Point,
  pointAdd,
  pointAddAffine,
  pointDouble,
  setNeutral,
} from "./point.js";

const W = 5;
const HALF_ROW = 1 << (W - 1);
const DIGITS = Math.ceil(320 / W) + 1;

// Row-major table: entry (i, j) at (i * HALF_ROW + j) * 20 words: x (10), then u (10).
let table: Float64Array | undefined;

function buildTable(): Float64Array {
  const projective: Point[] = [];
  const base = generator();
  const acc = newPoint();
  for (let i = 0; i < DIGITS; i++) {
    copyPoint(acc, base);
    for (let j = 0; j < HALF_ROW; j++) {
      const p = newPoint();
      copyPoint(p, acc);
      projective.push(p);
      if (j + 1 < HALF_ROW) pointAdd(acc, acc, base);
    }
    // next row base = 2^W * base = 2 * (2^(W-1) * base)
    pointDouble(base, acc);
  }
  return toAffine(projective);
}

/**
 * Affine (x, u) = (X/Z, U/T) of each point, 20 words per point, with one Fp5 inversion in total
 * (Montgomery's batch trick over every Z and T). The neutral becomes (0, 0).
 */
function toAffine(points: readonly Point[]): Float64Array {
  const denominators: Fp5[] = [];
  for (const p of points) denominators.push(p.z, p.t);
  const prefix: Fp5[] = [];
  let running = fp5();
  running[0] = 1;
  for (const d of denominators) {
    prefix.push(running);
    const next = fp5();
    fp5Mul(next, running, d);
    running = next;
  }
  const inv = fp5();
  fp5Inverse(inv, running);
  const inverses: Fp5[] = new Array(denominators.length);
  for (let i = denominators.length - 1; i >= 0; i--) {
    const di = fp5();
    fp5Mul(di, inv, prefix[i]!);
    inverses[i] = di;
    fp5Mul(inv, inv, denominators[i]!);
  }
  const out = new Float64Array(points.length * 20);
  const tmp = fp5();
  points.forEach((p, idx) => {
    fp5Mul(tmp, p.x, inverses[2 * idx]!);
    out.set(tmp, idx * 20);
    fp5Mul(tmp, p.u, inverses[2 * idx + 1]!);
    out.set(tmp, idx * 20 + 10);
  });
  return out;
}

/** Builds the generator table now instead of on the first signature. */
export function precomputeGeneratorTable(): void {
  table ??= buildTable();
}

const SEL_X = fp5();
const SEL_U = fp5();
const NEG_U = fp5();
const DIGIT_BUF = new Int32Array(DIGITS);

/** Signed base-2^W digits of k (0 <= k < 2^320), least significant first. */
function recode(k: bigint, out: Int32Array): void {
  const mask = BigInt((1 << W) - 1);
  let carry = 0;
  for (let i = 0; i < DIGITS; i++) {
    let d = Number(k & mask) + carry;
    k >>= BigInt(W);
    carry = 0;
    if (d >= HALF_ROW) {
      d -= 1 << W;
      carry = 1;
    }
    out[i] = d;
  }
}

/** Affine (x limbs, u limbs) of 2^64 G, 2^128 G, 2^192 G, 2^256 G (checked against pointMul in tests). */
const COMB_BASES: readonly (readonly bigint[])[] = [
  [
    5945680475539750789n,
    12098767659369843536n,
    16056403402849468341n,
    1128438749512709829n,
    8737750048652779461n,
    2757103503571934041n,
    5904332678338457711n,
    9628958425181240997n,
    11810871318986371070n,
    1514361374715442437n,
  ],
  [
    9587190323454008926n,
    17422651604708255181n,
    1369903718016587487n,
    6882392018800891117n,
    7713765489441358196n,
    1617200374920944474n,
    10856415438111286084n,
    12344029974837682691n,
    3792449582135356700n,
    6245135114521941108n,
  ],
  [
    11393518087684254373n,
    10960930810003017574n,
    14970273217363889390n,
    4632993677497816577n,
    658406674314072255n,
    8365332026221199336n,
    14172372891437882060n,
    4945664558137416424n,
    13960455231247688076n,
    15313828562307941791n,
  ],
  [
    746004147201867806n,
    14393522313692339237n,
    8643073304155376602n,
    12321411868978363130n,
    9171823127862697377n,
    8025474366434277593n,
    5962505453282301241n,
    5394466531760119057n,
    5466874547178458464n,
    2547450792331465380n,
  ],
];

let combTable: Float64Array | undefined;

/** Entry m (0..31) = sum of the bases 2^(64 i) G whose bit i is set in m, affine. */
function buildCombTable(): Float64Array {
  const bases: Point[] = [generator()];
  for (const limbs of COMB_BASES) {
    const p = newPoint();
    p.x = fp5FromBigInts(limbs.slice(0, 5));
    p.u = fp5FromBigInts(limbs.slice(5));
    bases.push(p);
  }
  const points: Point[] = [newPoint()];
  for (let m = 1; m < 32; m++) {
    const top = 31 - Math.clz32(m);
    const p = newPoint();
    pointAdd(p, points[m ^ (1 << top)]!, bases[top]!);
    points.push(p);
  }
  return toAffine(points);
}

const K_WORDS = new Uint32Array(10);

/** k * G by the 5-tooth comb: bit j of each 64-bit chunk of k selects one of 32 table entries. */
export function mulGeneratorComb(out: Point, k: bigint): void {
  combTable ??= buildCombTable();
  const t = combTable;
  for (let i = 0; i < 10; i++) K_WORDS[i] = Number((k >> BigInt(32 * i)) & 0xffffffffn);
  setNeutral(out);
  for (let j = 63; j >= 0; j--) {
    pointDouble(out, out);
    const word = j >>> 5;
    const shift = j & 31;
    let index = 0;
    for (let i = 0; i < 5; i++) index |= ((K_WORDS[2 * i + word]! >>> shift) & 1) << i;
    selectAffine(t, 0, 32, index);
    pointAddAffine(out, out, SEL_X, SEL_U);
  }
}

/** SEL_X/SEL_U = entry `index` of `count` affine entries from `offset`, by a masked scan. */
function selectAffine(t: Float64Array, offset: number, count: number, index: number): void {
  SEL_X.fill(0);
  SEL_U.fill(0);
  for (let j = 0; j < count; j++) {
    const x = j ^ index;
    const m = 1 - ((x | -x) >>> 31);
    const o = offset + j * 20;
    for (let w = 0; w < 10; w++) {
      SEL_X[w] = SEL_X[w]! + m * t[o + w]!;
      SEL_U[w] = SEL_U[w]! + m * t[o + 10 + w]!;
    }
  }
}

let callsWithoutTable = 0;

/** out = k * G for 0 <= k < n. */
export function mulGenerator(out: Point, k: bigint): void {
  if (table === undefined && callsWithoutTable++ === 0) {
    mulGeneratorComb(out, k);
    return;
  }
  precomputeGeneratorTable();
  const t = table!;
  recode(k, DIGIT_BUF);
  setNeutral(out);
  for (let i = 0; i < DIGITS; i++) {
    const d = DIGIT_BUF[i]!;
    const sign = d >>> 31; // 1 when negative
    const mag = (d ^ -sign) + sign; // |d|
    // entry j holds (j + 1) * 2^(W i) G; |d| = 0 (index -1) matches none and leaves (0, 0), the neutral
    selectAffine(t, i * HALF_ROW * 20, HALF_ROW, mag - 1);
    fp5Neg(NEG_U, SEL_U);
    for (let w = 0; w < 10; w++) SEL_U[w] = SEL_U[w]! + sign * (NEG_U[w]! - SEL_U[w]!);
    pointAddAffine(out, out, SEL_X, SEL_U);
  }
}
