import { sha256 } from "@noble/hashes/sha2.js";
import { FIELD_PRIME as P } from "./constants.js";

/*
 * Starknet Poseidon (Hades, width 3, rate 2, x³ S-box, 4 + 83 + 4 rounds, MDS [[3,1,1],[1,-1,1],[1,1,-2]]).
 * Written against bigint locals instead of arrays because the permutation runs ~7 times per signed
 * order: the MDS has small coefficients, so it is a few additions, and only the S-box lanes are
 * reduced each round; the linear lanes of partial rounds are reduced every few rounds.
 */

const FULL_HALF = 4;
const PARTIAL = 83;
const ROUNDS = 2 * FULL_HALF + PARTIAL;
/** Unreduced linear lanes grow by < 3 bits per partial round; reducing every 8 rounds keeps them small. */
const PARTIAL_REDUCE_EVERY = 8;

let roundConstants: bigint[] | undefined;

/** Round constant j of round i: SHA-256("Hades" + (3i + j)) read big-endian, mod P (StarkWare's generator). */
function constants(): bigint[] {
  if (roundConstants) return roundConstants;
  const out: bigint[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < ROUNDS * 3; i++) {
    const digest = sha256(encoder.encode(`Hades${i}`));
    let value = 0n;
    for (const byte of digest) value = (value << 8n) | BigInt(byte);
    out.push(value % P);
  }
  roundConstants = out;
  return out;
}

const mod = (x: bigint): bigint => {
  const r = x % P;
  return r < 0n ? r + P : r;
};

/**
 * Cube of x mod P (sign kept: the result is in (−P, P)). Inputs stay within a few bits of P, so one
 * division of the ~760-bit product is cheaper than reducing twice.
 */
const cube = (x: bigint): bigint => (x * x * x) % P;

/** The Hades permutation on a 3-element state; returns the new state (all elements in [0, P)). */
export function hadesPermutation(s0: bigint, s1: bigint, s2: bigint): [bigint, bigint, bigint] {
  const rc = constants();
  let a = s0;
  let b = s1;
  let c = s2;
  let k = 0;
  for (let round = 0; round < FULL_HALF; round++) {
    a = cube(a + rc[k]!);
    b = cube(b + rc[k + 1]!);
    c = cube(c + rc[k + 2]!);
    k += 3;
    const t = a + b + c;
    a = t + 2n * a;
    b = t - 2n * b;
    c = t - 3n * c;
  }
  for (let round = 0; round < PARTIAL; round++) {
    a += rc[k]!;
    b += rc[k + 1]!;
    c = cube(c + rc[k + 2]!);
    k += 3;
    const t = a + b + c;
    a = t + 2n * a;
    b = t - 2n * b;
    c = t - 3n * c;
    if (round % PARTIAL_REDUCE_EVERY === PARTIAL_REDUCE_EVERY - 1) {
      a %= P;
      b %= P;
    }
  }
  for (let round = 0; round < FULL_HALF; round++) {
    a = cube(a + rc[k]!);
    b = cube(b + rc[k + 1]!);
    c = cube(c + rc[k + 2]!);
    k += 3;
    const t = a + b + c;
    a = t + 2n * a;
    b = t - 2n * b;
    c = t - 3n * c;
  }
  return [mod(a), mod(b), mod(c)];
}

/**
 * Sponge state after absorbing whole rate-2 blocks. Hashes that share a prefix (a type hash and a
 * position id, or the SNIP-12 message prefix and a domain hash) start from a cached state.
 */
export interface PoseidonState {
  readonly s0: bigint;
  readonly s1: bigint;
  readonly s2: bigint;
}

export const POSEIDON_INITIAL_STATE: PoseidonState = { s0: 0n, s1: 0n, s2: 0n };

/** Absorbs an even number of field elements (each in [0, P)) into a state. */
export function poseidonAbsorb(state: PoseidonState, values: readonly bigint[]): PoseidonState {
  if (values.length % 2 !== 0) throw new RangeError("poseidonAbsorb takes whole blocks of 2 elements");
  let { s0, s1, s2 } = state;
  for (let i = 0; i < values.length; i += 2) {
    [s0, s1, s2] = hadesPermutation(s0 + values[i]!, s1 + values[i + 1]!, s2);
  }
  return { s0, s1, s2 };
}

/**
 * Finishes poseidonHashMany from a state: absorbs the remaining elements, the padding 1 (and a
 * zero to fill the block) and returns state[0].
 */
export function poseidonFinish(state: PoseidonState, rest: readonly bigint[]): bigint {
  let { s0, s1, s2 } = state;
  let i = 0;
  for (; i + 2 <= rest.length; i += 2) {
    [s0, s1, s2] = hadesPermutation(s0 + rest[i]!, s1 + rest[i + 1]!, s2);
  }
  if (i < rest.length) [s0] = hadesPermutation(s0 + rest[i]!, s1 + 1n, s2);
  else [s0] = hadesPermutation(s0 + 1n, s1, s2);
  return s0;
}

/** Starknet `poseidon_hash_many` (= @scure/starknet `poseidonHashMany`); inputs must be in [0, P). */
export function poseidonHashMany(values: readonly bigint[]): bigint {
  return poseidonFinish(POSEIDON_INITIAL_STATE, values);
}
