/**
 * Poseidon2 over Goldilocks, width 12, rate 8, S-box x^7, 4 + 22 + 4 rounds, in the
 * plonky2-compatible variant Lighter uses (external linear layer applied once before round 1),
 * and the no-padding overwrite sponge built on it.
 *
 * A vector of field elements is a Float64Array of (lo, hi) word pairs (see goldilocks.ts). The
 * permutation works in place on a preallocated state and, once past a process's first few
 * permutations (run in BigInt arithmetic, see poseidon2-bigint.ts), allocates nothing.
 */
import { addTo, getBigInt, mulAddWordsTo, mulTo, reduceTo, setBigInt } from "../field/goldilocks.js";
import { permuteBigIntWords } from "./poseidon2-bigint.js";
import { EXTERNAL_CONSTANTS, INTERNAL_CONSTANTS, MATRIX_DIAG_12 } from "./poseidon2-constants.js";

export const WIDTH = 12;
export const RATE = 8;

const EXT = new Float64Array(8 * 24);
const INT = new Float64Array(22 * 2);
const DIAG = new Float64Array(24);
EXTERNAL_CONSTANTS.forEach((row, r) => {
  row.forEach((c, i) => {
    setBigInt(EXT, r * 24 + 2 * i, c);
  });
});
INTERNAL_CONSTANTS.forEach((c, r) => {
  setBigInt(INT, 2 * r, c);
});
MATRIX_DIAG_12.forEach((c, i) => {
  setBigInt(DIAG, 2 * i, c);
});

const Y = new Float64Array(24);

/**
 * Each 4-lane chunk times M4 = circ-like [[2,3,1,1],[1,2,3,1],[1,1,2,3],[3,1,1,2]], then every lane
 * plus the sum of its column across chunks. Words are combined unreduced (< 2^37) and reduced once.
 */
function externalLinearLayer(s: Float64Array): void {
  const y = Y;
  for (let part = 0; part < 2; part++) {
    for (let c = 0; c < 24; c += 8) {
      const a = s[c + part]!;
      const b = s[c + 2 + part]!;
      const cc = s[c + 4 + part]!;
      const d = s[c + 6 + part]!;
      y[c + part] = 2 * a + 3 * b + cc + d;
      y[c + 2 + part] = a + 2 * b + 3 * cc + d;
      y[c + 4 + part] = a + b + 2 * cc + 3 * d;
      y[c + 6 + part] = 3 * a + b + cc + 2 * d;
    }
    for (let k = 0; k < 8; k += 2) {
      const sum = y[k + part]! + y[k + 8 + part]! + y[k + 16 + part]!;
      y[k + part] = y[k + part]! + sum;
      y[k + 8 + part] = y[k + 8 + part]! + sum;
      y[k + 16 + part] = y[k + 16 + part]! + sum;
    }
  }
  for (let i = 0; i < 24; i += 2) reduceTo(s, i, y[i]!, y[i + 1]!);
}

const SB = new Float64Array(6);

/** s[o] = s[o]^7 */
function sbox(s: Float64Array, o: number): void {
  const t = SB;
  mulTo(t, 0, s, o, s, o); // x^2
  mulTo(t, 2, t, 0, s, o); // x^3
  mulTo(t, 4, t, 0, t, 0); // x^4
  mulTo(s, o, t, 2, t, 4); // x^7
}

/** Lane i becomes s_i * DIAG_i + sum(s), the sum taken before the update. */
function internalLinearLayer(s: Float64Array): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < 24; i += 2) {
    lo += s[i]!;
    hi += s[i + 1]!;
  }
  for (let i = 0; i < 24; i += 2) mulAddWordsTo(s, i, s[i]!, s[i + 1]!, DIAG[i]!, DIAG[i + 1]!, lo, hi);
}

function fullRound(s: Float64Array, r: number): void {
  const base = r * 24;
  for (let i = 0; i < 24; i += 2) {
    addTo(s, i, s, i, EXT, base + i);
    sbox(s, i);
  }
  externalLinearLayer(s);
}

/** The permutation in word-pair float arithmetic: allocation-free, the fast path once optimised. */
export function permuteWords(s: Float64Array): void {
  externalLinearLayer(s);
  for (let r = 0; r < 4; r++) fullRound(s, r);
  for (let r = 0; r < 22; r++) {
    addTo(s, 0, s, 0, INT, 2 * r);
    sbox(s, 0);
    internalLinearLayer(s);
  }
  for (let r = 4; r < 8; r++) fullRound(s, r);
}

/**
 * How many permutations run in BigInt arithmetic before the word-pair path takes over: enough
 * for a first signature (tx hash and challenge, plus attribute hashes) or auth token.
 */
const COLD_PERMUTATIONS = 8;
let coldLeft = COLD_PERMUTATIONS;

/** Poseidon2 permutation of a 12-element state (24 words), in place. */
export function permute(s: Float64Array): void {
  if (coldLeft > 0) {
    coldLeft--;
    permuteBigIntWords(s);
  } else {
    permuteWords(s);
  }
}

const STATE = new Float64Array(24);

/**
 * Sponge without padding: each chunk of up to 8 inputs overwrites the first lanes, then the state
 * is permuted; outputs are read from lanes 0..7, permuting again when more are needed. An empty
 * input yields zeros. `input` holds `count` canonical elements as word pairs.
 */
export function hashNToMNoPadInto(
  out: Float64Array,
  input: Float64Array,
  count: number,
  numOutputs: number,
): void {
  const s = STATE;
  s.fill(0);
  for (let i = 0; i < count; i += RATE) {
    const n = Math.min(RATE, count - i);
    for (let j = 0; j < 2 * n; j++) s[j] = input[2 * i + j]!;
    permute(s);
  }
  let produced = 0;
  for (;;) {
    for (let i = 0; i < RATE; i++) {
      out[2 * produced] = s[2 * i]!;
      out[2 * produced + 1] = s[2 * i + 1]!;
      produced++;
      if (produced === numOutputs) return;
    }
    permute(s);
  }
}

/** HashToQuinticExtension: the first 5 sponge outputs, an Fp5 element (Float64Array(10)). */
export function hashToQuinticInto(out: Float64Array, input: Float64Array, count: number): void {
  hashNToMNoPadInto(out, input, count, 5);
}

/** Element vector (word pairs) from integers, each reduced mod p. */
export function elementsFromBigInts(values: readonly bigint[]): Float64Array {
  const out = new Float64Array(2 * values.length);
  values.forEach((v, i) => {
    setBigInt(out, 2 * i, v);
  });
  return out;
}

export function elementsToBigInts(words: Float64Array, count: number): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) out.push(getBigInt(words, 2 * i));
  return out;
}

/** BigInt-facing sponge: `numOutputs` elements of HashNToMNoPad(values). */
export function hashNToMNoPad(values: readonly bigint[], numOutputs: number): bigint[] {
  const out = new Float64Array(2 * numOutputs);
  hashNToMNoPadInto(out, elementsFromBigInts(values), values.length, numOutputs);
  return elementsToBigInts(out, numOutputs);
}

/** HashNoPad (a 4-element HashOut); HashTwoToOne(a, b) is hashNoPad([...a, ...b]). */
export function hashNoPad(values: readonly bigint[]): bigint[] {
  return hashNToMNoPad(values, 4);
}

export function hashToQuinticExtension(values: readonly bigint[]): bigint[] {
  return hashNToMNoPad(values, 5);
}

/** The permutation on integers (inputs reduced mod p). */
export function permuteBigInts(state: readonly bigint[]): bigint[] {
  const s = elementsFromBigInts(state);
  permute(s);
  return elementsToBigInts(s, WIDTH);
}
