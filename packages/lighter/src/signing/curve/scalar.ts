/**
 * Scalars of the ECgFp5 group: integers mod the prime group order n, serialised as 40 bytes
 * little-endian.
 */
import type { Fp5 } from "../field/fp5.js";
import { getBigInt } from "../field/goldilocks.js";

/** Prime order of the ECgFp5 group (about 2^319). */
export const N =
  1067993516717146951041484916571792702745057740581727230159139685185762082554198619328292418486241n;

export const SCALAR_BYTES = 40;

export function modN(x: bigint): bigint {
  const r = x % N;
  return r < 0n ? r + N : r;
}

/** Little-endian unsigned integer of any length. */
export function leBytesToBigInt(bytes: Uint8Array): bigint {
  let x = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) x = (x << 8n) | BigInt(bytes[i]!);
  return x;
}

/** Reads 40 LE bytes as a scalar, reducing values >= n (as the reference's scalar parser does). */
export function scalarFromLeBytes(bytes: Uint8Array): { scalar: bigint; wasReduced: boolean } {
  const raw = leBytesToBigInt(bytes);
  return { scalar: raw % N, wasReduced: raw >= N };
}

export function scalarToLeBytes(
  s: bigint,
  out: Uint8Array = new Uint8Array(SCALAR_BYTES),
  offset = 0,
): Uint8Array {
  let x = modN(s);
  for (let i = 0; i < SCALAR_BYTES; i++) {
    out[offset + i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** The integer sum e_i * 2^(64 i) of an Fp5 element's limbs, mod n (the Schnorr challenge). */
export function scalarFromFp5(e: Fp5): bigint {
  let x = 0n;
  for (let i = 4; i >= 0; i--) x = (x << 64n) | getBigInt(e, 2 * i);
  return x % N;
}

/**
 * A uniformly random non-zero scalar from the platform CSPRNG (Web Crypto, also in Node >= 19):
 * 64 random bytes reduced mod n, so the bias is below 2^-190.
 */
export function randomScalar(): bigint {
  const bytes = new Uint8Array(64);
  for (;;) {
    globalThis.crypto.getRandomValues(bytes);
    const k = leBytesToBigInt(bytes) % N;
    if (k !== 0n) return k;
  }
}
