import { sha256 } from "@noble/hashes/sha2.js";
import { FIELD_PRIME as P } from "./constants.js";
import {
  fromMontgomery,
  LIMBS,
  MONTGOMERY_ONE,
  montMul,
  montSqr,
  normalizeSum,
  reduce,
  reduceSum,
  toMontgomery,
} from "./montgomery.js";

/*
 * Starknet Poseidon (Hades, width 3, rate 2, x³ S-box, 4 + 83 + 4 rounds, MDS [[3,1,1],[1,-1,1],[1,1,-2]])
 * on limb arithmetic (montgomery.ts): the permutation runs ~7 times per signed order and is most of
 * its cost. The state is three elements in one Float64Array, permuted in place without allocating.
 * The MDS has small coefficients, so it is applied limb by limb and the lanes are reduced only
 * before an S-box, or every few partial rounds for the two linear lanes.
 *
 * Partial rounds use compressed round constants: the constants of the two lanes without S-box
 * are pushed through the linear layer into the next round's constants, so a partial round adds a
 * single constant; what is left after the last partial round joins the next full round's.
 */

const FULL_HALF = 4;
const PARTIAL = 83;
const ROUNDS = 2 * FULL_HALF + PARTIAL;
/** Linear-lane limbs grow by < 5× per partial round; reducing every 8 rounds keeps them below 2^45. */
const PARTIAL_REDUCE_EVERY = 8;
const STATE_SLOTS = 3 * LIMBS;
const A = 0;
const B = LIMBS;
const C = 2 * LIMBS;

/** Round constant j of round i: SHA-256("Hades" + (3i + j)) read big-endian, mod P (StarkWare's generator). */
function roundConstants(): bigint[] {
  const out: bigint[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < ROUNDS * 3; i++) {
    const digest = sha256(encoder.encode(`Hades${i}`));
    let hex = "0x";
    for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
    out.push(BigInt(hex) % P);
  }
  return out;
}

interface CompressedConstants {
  /** 3 constants per full round (first half, then second half), Montgomery limbs. */
  readonly full: Float64Array;
  /** 1 constant per partial round (lane c), Montgomery limbs. */
  readonly partial: Float64Array;
}

let compressed: CompressedConstants | undefined;

function constants(): CompressedConstants {
  if (compressed) return compressed;
  const rc = roundConstants();
  const full: bigint[] = rc.slice(0, 3 * FULL_HALF);
  const partial: bigint[] = [];
  let carryA = 0n;
  let carryB = 0n;
  let carryC = 0n;
  for (let round = FULL_HALF; round < FULL_HALF + PARTIAL; round++) {
    const ka = (rc[3 * round]! + carryA) % P;
    const kb = (rc[3 * round + 1]! + carryB) % P;
    partial.push((rc[3 * round + 2]! + carryC) % P);
    // M·(ka, kb, 0) lands on the next round's input.
    carryA = (3n * ka + kb) % P;
    carryB = (ka - kb + P) % P;
    carryC = (ka + kb) % P;
  }
  const second = rc.slice(3 * (FULL_HALF + PARTIAL));
  second[0] = (second[0]! + carryA) % P;
  second[1] = (second[1]! + carryB) % P;
  second[2] = (second[2]! + carryC) % P;
  full.push(...second);
  const toLimbs = (values: bigint[]): Float64Array => {
    const out = new Float64Array(values.length * LIMBS);
    values.forEach((v, i) => {
      toMontgomery(v, out, i * LIMBS);
    });
    return out;
  };
  compressed = { full: toLimbs(full), partial: toLimbs(partial) };
  return compressed;
}

const cubeScratch = new Float64Array(LIMBS);

/**
 * Lane at `o` += constant `k` of `rc`, then x ↦ x³. In full rounds every lane stays below 2^255
 * in magnitude, so carrying suffices; the S-box lane of partial rounds is built from the lazily
 * reduced linear lanes and is reduced mod P first.
 */
function sbox(s: Float64Array, o: number, rc: Float64Array, k: number, fold: boolean): void {
  if (fold) reduceSum(s, o, rc, k * LIMBS);
  else normalizeSum(s, o, rc, k * LIMBS);
  montSqr(cubeScratch, 0, s, o);
  montMul(s, o, cubeScratch, 0, s, o);
}

/** State ← MDS·state, limb by limb (unrolled: it runs 91 times per permutation). */
function mix(s: Float64Array): void {
  let a = 0;
  let b = 0;
  let c = 0;
  let t = 0;
  a = s[0]!;
  b = s[11]!;
  c = s[22]!;
  t = a + b + c;
  s[0] = t + 2 * a;
  s[11] = t - 2 * b;
  s[22] = t - 3 * c;
  a = s[1]!;
  b = s[12]!;
  c = s[23]!;
  t = a + b + c;
  s[1] = t + 2 * a;
  s[12] = t - 2 * b;
  s[23] = t - 3 * c;
  a = s[2]!;
  b = s[13]!;
  c = s[24]!;
  t = a + b + c;
  s[2] = t + 2 * a;
  s[13] = t - 2 * b;
  s[24] = t - 3 * c;
  a = s[3]!;
  b = s[14]!;
  c = s[25]!;
  t = a + b + c;
  s[3] = t + 2 * a;
  s[14] = t - 2 * b;
  s[25] = t - 3 * c;
  a = s[4]!;
  b = s[15]!;
  c = s[26]!;
  t = a + b + c;
  s[4] = t + 2 * a;
  s[15] = t - 2 * b;
  s[26] = t - 3 * c;
  a = s[5]!;
  b = s[16]!;
  c = s[27]!;
  t = a + b + c;
  s[5] = t + 2 * a;
  s[16] = t - 2 * b;
  s[27] = t - 3 * c;
  a = s[6]!;
  b = s[17]!;
  c = s[28]!;
  t = a + b + c;
  s[6] = t + 2 * a;
  s[17] = t - 2 * b;
  s[28] = t - 3 * c;
  a = s[7]!;
  b = s[18]!;
  c = s[29]!;
  t = a + b + c;
  s[7] = t + 2 * a;
  s[18] = t - 2 * b;
  s[29] = t - 3 * c;
  a = s[8]!;
  b = s[19]!;
  c = s[30]!;
  t = a + b + c;
  s[8] = t + 2 * a;
  s[19] = t - 2 * b;
  s[30] = t - 3 * c;
  a = s[9]!;
  b = s[20]!;
  c = s[31]!;
  t = a + b + c;
  s[9] = t + 2 * a;
  s[20] = t - 2 * b;
  s[31] = t - 3 * c;
  a = s[10]!;
  b = s[21]!;
  c = s[32]!;
  t = a + b + c;
  s[10] = t + 2 * a;
  s[21] = t - 2 * b;
  s[32] = t - 3 * c;
}

/**
 * Hades permutation in place on a Montgomery-limb state whose lanes are below 2^254 in magnitude
 * with limbs below 2^27 (what it leaves behind, plus an absorbed element).
 */
function permute(s: Float64Array): void {
  const { full, partial } = constants();
  let k = 0;
  for (let round = 0; round < FULL_HALF; round++, k += 3) {
    sbox(s, A, full, k, false);
    sbox(s, B, full, k + 1, false);
    sbox(s, C, full, k + 2, false);
    mix(s);
  }
  for (let round = 0; round < PARTIAL; round++) {
    sbox(s, C, partial, round, true);
    mix(s);
    if (round % PARTIAL_REDUCE_EVERY === PARTIAL_REDUCE_EVERY - 1) {
      reduce(s, A);
      reduce(s, B);
    }
  }
  reduce(s, A);
  reduce(s, B);
  reduce(s, C);
  for (let round = 0; round < FULL_HALF; round++, k += 3) {
    sbox(s, A, full, k, false);
    sbox(s, B, full, k + 1, false);
    sbox(s, C, full, k + 2, false);
    mix(s);
  }
}

/** The Hades permutation on a 3-element state; returns the new state (all elements in [0, P)). */
export function hadesPermutation(s0: bigint, s1: bigint, s2: bigint): [bigint, bigint, bigint] {
  const s = new Float64Array(STATE_SLOTS);
  toMontgomery(s0, s, A);
  toMontgomery(s1, s, B);
  toMontgomery(s2, s, C);
  permute(s);
  return [fromMontgomery(s, A), fromMontgomery(s, B), fromMontgomery(s, C)];
}

/**
 * Sponge state after absorbing whole rate-2 blocks, opaque (Montgomery limbs). Hashes that share
 * a prefix (a type hash and a position id, or the SNIP-12 message prefix and a domain hash) start
 * from a cached state; absorbing never modifies a state it is given.
 */
export interface PoseidonState {
  readonly limbs: Float64Array;
}

export const POSEIDON_INITIAL_STATE: PoseidonState = { limbs: new Float64Array(STATE_SLOTS) };

const element = new Float64Array(LIMBS);

/** Lane at `o` += v (a field element, converted to Montgomery form). */
function addElement(s: Float64Array, o: number, v: bigint): void {
  toMontgomery(v, element, 0);
  for (let i = 0; i < LIMBS; i++) s[o + i] = s[o + i]! + element[i]!;
}

function absorbPairs(s: Float64Array, values: readonly bigint[], count: number): void {
  for (let i = 0; i + 1 < count; i += 2) {
    addElement(s, A, values[i]!);
    addElement(s, B, values[i + 1]!);
    permute(s);
  }
}

/** Absorbs an even number of field elements into a state and returns the new state. */
export function poseidonAbsorb(state: PoseidonState, values: readonly bigint[]): PoseidonState {
  if (values.length % 2 !== 0) throw new RangeError("poseidonAbsorb takes whole blocks of 2 elements");
  const s = state.limbs.slice();
  absorbPairs(s, values, values.length);
  return { limbs: s };
}

/**
 * Finishes poseidonHashMany from a state: absorbs the remaining elements, the padding 1 (and a
 * zero to fill the block) and returns state[0].
 */
export function poseidonFinish(state: PoseidonState, rest: readonly bigint[]): bigint {
  const s = state.limbs.slice();
  const whole = rest.length - (rest.length % 2);
  absorbPairs(s, rest, whole);
  const padLane = whole < rest.length ? B : A;
  if (whole < rest.length) addElement(s, A, rest[whole]!);
  for (let i = 0; i < LIMBS; i++) s[padLane + i] = s[padLane + i]! + MONTGOMERY_ONE[i]!;
  permute(s);
  return fromMontgomery(s, A);
}

/** Starknet `poseidon_hash_many` (= @scure/starknet `poseidonHashMany`); inputs are reduced mod P. */
export function poseidonHashMany(values: readonly bigint[]): bigint {
  return poseidonFinish(POSEIDON_INITIAL_STATE, values);
}
