/**
 * Schnorr signatures over ECgFp5 with the Poseidon2 challenge, as Lighter signs transactions:
 * r = encode(k G), e = H5(r || m) read as an integer mod n, s = k - e sk (mod n), signature = s || e
 * (2 x 40 bytes little-endian).
 */

import { mulGenerator } from "./curve/fixed-base.js";
import { decodePoint, encodePoint, newPoint, pointAdd, pointMul } from "./curve/point.js";
import { leBytesToBigInt, modN, N, randomScalar, scalarFromFp5, scalarToLeBytes } from "./curve/scalar.js";
import { type Fp5, fp5, fp5Equal, fp5FromLeBytes, fp5ToLeBytes } from "./field/fp5.js";
import { hashToQuinticInto } from "./hash/poseidon2.js";

export const SIGNATURE_BYTES = 80;
export const PUBLIC_KEY_BYTES = 40;

/**
 * Supplies the per-signature secret nonce k in [1, n). Production code must use the default
 * (a CSPRNG draw per signature); a fixed source exists only to reproduce known-answer vectors.
 */
export type NonceSource = () => bigint;

export const randomNonce: NonceSource = randomScalar;

const R_POINT = newPoint();
const CHALLENGE_IN = new Float64Array(20);
const CHALLENGE = fp5();
const R_ENC = fp5();

/** e = H5(r || m) as a scalar. */
function challenge(r: Fp5, m: Fp5): bigint {
  CHALLENGE_IN.set(r, 0);
  CHALLENGE_IN.set(m, 10);
  hashToQuinticInto(CHALLENGE, CHALLENGE_IN, 10);
  return scalarFromFp5(CHALLENGE);
}

/** encode(sk G): the 40-byte public key. */
export function publicKeyFromScalar(sk: bigint): Uint8Array {
  mulGenerator(R_POINT, modN(sk));
  encodePoint(R_ENC, R_POINT);
  return fp5ToLeBytes(R_ENC);
}

/** Signs an Fp5 message hash with an explicit nonce k (1 <= k < n). */
export function signWithNonce(messageHash: Fp5, sk: bigint, k: bigint): Uint8Array {
  mulGenerator(R_POINT, k);
  encodePoint(R_ENC, R_POINT);
  const e = challenge(R_ENC, messageHash);
  const s = modN(k - e * sk);
  const out = new Uint8Array(SIGNATURE_BYTES);
  scalarToLeBytes(s, out, 0);
  scalarToLeBytes(e, out, 40);
  return out;
}

/** Signs an Fp5 message hash with a fresh nonce from `nonce` (the CSPRNG by default). */
export function sign(messageHash: Fp5, sk: bigint, nonce: NonceSource = randomNonce): Uint8Array {
  const k = nonce();
  if (k <= 0n || k >= N) throw new RangeError("nonce source returned a value outside [1, n)");
  return signWithNonce(messageHash, sk, k);
}

/**
 * Verifies a signature against a 40-byte public key and a 40-byte message hash. Rejects
 * non-canonical s or e (>= n), non-canonical limbs, and public keys that do not decode.
 */
export function verify(publicKey: Uint8Array, messageHash: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 40 || messageHash.length !== 40 || signature.length !== SIGNATURE_BYTES)
    return false;
  const w = fp5FromLeBytes(publicKey, true);
  const m = fp5FromLeBytes(messageHash, true);
  if (w === undefined || m === undefined) return false;
  const s = leBytesToBigInt(signature.subarray(0, 40));
  const e = leBytesToBigInt(signature.subarray(40, 80));
  if (s >= N || e >= N) return false;
  const pk = decodePoint(w);
  if (pk === undefined) return false;
  const sg = newPoint();
  mulGenerator(sg, s);
  const ep = newPoint();
  pointMul(ep, pk, e);
  pointAdd(sg, sg, ep);
  const r = fp5();
  encodePoint(r, sg);
  return challenge(r, m) === e;
}

/** True when a 40-byte encoding decodes to a point and re-encodes identically. */
export function isValidPublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 40) return false;
  const w = fp5FromLeBytes(publicKey, true);
  if (w === undefined) return false;
  const p = decodePoint(w);
  if (p === undefined) return false;
  const back = fp5();
  encodePoint(back, p);
  return fp5Equal(back, w);
}
