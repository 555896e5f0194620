/**
 * The Poseidon2 permutation in BigInt arithmetic, for a process's first hashes. Until V8 has
 * compiled the word-pair permutation (poseidon2.ts), its interpreter runs every one of the ~50,000
 * float operations of a permutation and boxes most results; the BigInt form needs ~2,300
 * operations on integers and is several times faster while cold, and several times slower once
 * the other is optimised. Only public data is hashed here (tx preimages, the Schnorr challenge
 * input r || m), so BigInt's data-dependent timing is harmless.
 */
import { P } from "../field/goldilocks.js";
import { EXTERNAL_CONSTANTS, INTERNAL_CONSTANTS, MATRIX_DIAG_12 } from "./poseidon2-constants.js";

const S: bigint[] = new Array<bigint>(12).fill(0n);

function sbox(x: bigint): bigint {
  const x2 = (x * x) % P;
  return (((x2 * x) % P) * ((x2 * x2) % P)) % P;
}

/** The external layer (each 4-lane chunk times M4, then column sums), reduced. */
function externalLayer(s: bigint[]): void {
  for (let c = 0; c < 12; c += 4) {
    const a = s[c]!;
    const b = s[c + 1]!;
    const d = s[c + 2]!;
    const e = s[c + 3]!;
    s[c] = 2n * a + 3n * b + d + e;
    s[c + 1] = a + 2n * b + 3n * d + e;
    s[c + 2] = a + b + 2n * d + 3n * e;
    s[c + 3] = 3n * a + b + d + 2n * e;
  }
  for (let k = 0; k < 4; k++) {
    const sum = s[k]! + s[k + 4]! + s[k + 8]!;
    s[k] = (s[k]! + sum) % P;
    s[k + 4] = (s[k + 4]! + sum) % P;
    s[k + 8] = (s[k + 8]! + sum) % P;
  }
}

function fullRound(s: bigint[], r: number): void {
  const rc = EXTERNAL_CONSTANTS[r]!;
  for (let i = 0; i < 12; i++) s[i] = sbox(s[i]! + rc[i]!);
  externalLayer(s);
}

/** Permutes a 12-element state held as (lo, hi) word pairs, in place. */
export function permuteBigIntWords(words: Float64Array): void {
  const s = S;
  for (let i = 0; i < 12; i++) s[i] = (BigInt(words[2 * i + 1]!) << 32n) | BigInt(words[2 * i]!);
  externalLayer(s);
  for (let r = 0; r < 4; r++) fullRound(s, r);
  for (let r = 0; r < 22; r++) {
    s[0] = sbox(s[0]! + INTERNAL_CONSTANTS[r]!);
    let sum = 0n;
    for (let i = 0; i < 12; i++) sum += s[i]!;
    for (let i = 0; i < 12; i++) s[i] = (s[i]! * MATRIX_DIAG_12[i]! + sum) % P;
  }
  for (let r = 4; r < 8; r++) fullRound(s, r);
  for (let i = 0; i < 12; i++) {
    const v = s[i]!;
    words[2 * i] = Number(v & 0xffffffffn);
    words[2 * i + 1] = Number(v >> 32n);
  }
}
