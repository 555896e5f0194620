/**
 * Multiplication of the generator by a scalar with a precomputed signed-window table.
 *
 * The scalar is recoded into digits d_i in [-2^(W-1), 2^(W-1)], so k*G = sum d_i * 2^(W i) * G
 * needs one mixed addition per window and no doublings. Table row i holds j * 2^(W i) * G for
 * j = 1..2^(W-1) in affine (x, u); a negative digit negates u. Building it costs several scalar
 * multiplications, so the first call (typically the first signature of a short-lived process)
 * uses a comb over embedded points (comb-table.ts): 15 doublings + 80 additions, nothing to
 * build. The big table is built on the second call, or up front with precomputeGeneratorTable().
 *
 * Each window's entry is selected by an arithmetic masked scan over the whole row rather than by
 * indexing with the secret digit, so memory access does not depend on the nonce; JavaScript JITs
 * give no hard constant-time guarantee, so this is best effort.
 */
import { type Fp5, fp5, fp5Inverse, fp5Mul, fp5Neg } from "../field/fp5.js";
import { COMB_TABLE_WORDS } from "./comb-table.js";
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

/**
 * Comb shape, fixed by comb-table.ts. In fresh-process measurements five teeth (32-entry tables)
 * saved additions but not time, the masked scan of the bigger tables eating the gain, and made
 * the bundle 5 kB larger; six were slower.
 */
export const COMB_TEETH = 4;
export const COMB_TABLES = 5;
export const COMB_SPACING = Math.ceil(320 / (COMB_TEETH * COMB_TABLES));
const COMB_ENTRIES = 1 << COMB_TEETH;
const ENTRY_WORDS = 20;

let combTable: Int32Array | undefined;

const COMB_SEL = new Int32Array(ENTRY_WORDS);

/**
 * SEL_X/SEL_U = entry `index` of comb table `table`, by a masked scan of all its entries in 32-bit
 * integer arithmetic (which also keeps V8's interpreter from boxing every word).
 */
function selectComb(t: Int32Array, table: number, index: number): void {
  const sel = COMB_SEL;
  sel.fill(0);
  const base = table * COMB_ENTRIES * ENTRY_WORDS;
  for (let j = 0; j < COMB_ENTRIES; j++) {
    const d = j ^ index;
    const mask = ~((d | -d) >> 31); // -1 for the wanted entry, 0 otherwise
    const o = base + j * ENTRY_WORDS;
    for (let w = 0; w < ENTRY_WORDS; w++) sel[w] = sel[w]! | (t[o + w]! & mask);
  }
  for (let w = 0; w < 10; w++) {
    SEL_X[w] = sel[w]! >>> 0;
    SEL_U[w] = sel[10 + w]! >>> 0;
  }
}

const K_WORDS = new Uint32Array(Math.ceil((COMB_TEETH * COMB_TABLES * COMB_SPACING) / 32) + 1);

/**
 * k * G by a Lim-Lee comb: the scalar is cut into COMB_TEETH * COMB_TABLES blocks of COMB_SPACING
 * bits; bit j of the blocks i * COMB_TABLES + h, i < COMB_TEETH, picks one point of table h. That
 * is COMB_SPACING - 1 doublings and COMB_SPACING * COMB_TABLES mixed additions, no table to build.
 */
export function mulGeneratorComb(out: Point, k: bigint): void {
  combTable ??= new Int32Array(COMB_TABLE_WORDS);
  const t = combTable;
  for (let i = 0; i < K_WORDS.length; i++) K_WORDS[i] = Number((k >> BigInt(32 * i)) & 0xffffffffn);
  setNeutral(out);
  for (let j = COMB_SPACING - 1; j >= 0; j--) {
    if (j !== COMB_SPACING - 1) pointDouble(out, out);
    for (let h = 0; h < COMB_TABLES; h++) {
      let index = 0;
      for (let i = 0; i < COMB_TEETH; i++) {
        const bit = (i * COMB_TABLES + h) * COMB_SPACING + j;
        index |= ((K_WORDS[bit >>> 5]! >>> (bit & 31)) & 1) << i;
      }
      selectComb(t, h, index);
      pointAddAffine(out, out, SEL_X, SEL_U);
    }
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
