import { sha256 } from "@noble/hashes/sha2.js";
import { FIELD_PRIME as P } from "./constants.js";

/*
 * Straightforward bigint Poseidon (Hades) for cross-checking the limb implementation: every
 * constant added and every value reduced each round, no compressed constants, no lazy reduction.
 */

const FULL_HALF = 4;
const PARTIAL = 83;
const ROUNDS = 2 * FULL_HALF + PARTIAL;

const roundConstants: bigint[] = [];
for (let i = 0; i < ROUNDS * 3; i++) {
  let value = 0n;
  for (const byte of sha256(new TextEncoder().encode(`Hades${i}`))) value = (value << 8n) | BigInt(byte);
  roundConstants.push(value % P);
}

const mod = (x: bigint): bigint => ((x % P) + P) % P;

export function referenceHades(state: readonly bigint[]): bigint[] {
  let s = state.map(mod);
  for (let round = 0; round < ROUNDS; round++) {
    s = s.map((v, j) => mod(v + roundConstants[3 * round + j]!));
    const full = round < FULL_HALF || round >= FULL_HALF + PARTIAL;
    s = s.map((v, j) => (full || j === 2 ? mod(v * v * v) : v));
    const [a, b, c] = s as [bigint, bigint, bigint];
    s = [mod(3n * a + b + c), mod(a - b + c), mod(a + b - 2n * c)];
  }
  return s;
}

export function referenceHashMany(values: readonly bigint[]): bigint {
  const padded = [...values, 1n];
  if (padded.length % 2 === 1) padded.push(0n);
  let state = [0n, 0n, 0n];
  for (let i = 0; i < padded.length; i += 2) {
    state = referenceHades([state[0]! + padded[i]!, state[1]! + padded[i + 1]!, state[2]!]);
  }
  return state[0]!;
}
