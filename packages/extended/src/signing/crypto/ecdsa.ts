import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { MAX_SIGNED_VALUE, CURVE_ORDER as N } from "./constants.js";
import type { AffinePoint } from "./curve.js";
import { multiplyGenerator } from "./fixed-base.js";
import { fromBytesBE, invert, toBytesBE } from "./modular.js";

/*
 * Stark ECDSA with RFC 6979 nonces, bit-compatible with @scure/starknet `sign` (noble's HMAC-DRBG
 * with SHA-256, StarkWare's truncation rules, no low-s normalisation).
 */

export interface StarkSignature {
  readonly r: bigint;
  readonly s: bigint;
}

const BYTE0 = Uint8Array.of(0);
const BYTE1 = Uint8Array.of(1);

function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * StarkWare bits2int: leading zero bytes are dropped first, so a 32-byte draw whose first byte is
 * zero is taken whole, and only a full 32-byte value is shifted right by 4 to 252 bits.
 */
function nonceFromDrbgBlock(block: Uint8Array): bigint {
  let start = 0;
  while (start < block.length && block[start] === 0) start++;
  const value = fromBytesBE(block.subarray(start));
  const excess = (block.length - start) * 8 - 252;
  return excess > 0 ? value >> BigInt(excess) : value;
}

/** Signs a message hash (0 ≤ hash < 2^251) with a private key (0 < key < N). */
export function starkSign(messageHash: bigint, privateKey: bigint): StarkSignature {
  if (messageHash < 0n || messageHash >= MAX_SIGNED_VALUE) throw new RangeError("message hash out of range");
  if (privateKey <= 0n || privateKey >= N) throw new RangeError("private key out of range");
  // The message is below 2^251 < N, so StarkWare's bits2int_modN leaves it unchanged.
  const seed = concat(toBytesBE(privateKey, 32), toBytesBE(messageHash, 32));
  let k = new Uint8Array(32);
  let v = new Uint8Array(32).fill(1);
  k = hmac(sha256, k, concat(v, BYTE0, seed));
  v = hmac(sha256, k, v);
  k = hmac(sha256, k, concat(v, BYTE1, seed));
  v = hmac(sha256, k, v);
  for (let attempt = 0; attempt < 1000; attempt++) {
    v = hmac(sha256, k, v);
    const signature = signWithNonce(nonceFromDrbgBlock(v), messageHash, privateKey);
    if (signature) return signature;
    k = hmac(sha256, k, concat(v, BYTE0));
    v = hmac(sha256, k, v);
  }
  throw new RangeError("no valid nonce found");
}

function signWithNonce(k: bigint, m: bigint, d: bigint): StarkSignature | undefined {
  if (k <= 0n || k >= N) return undefined;
  const r = multiplyGenerator(k).x % N;
  if (r === 0n) return undefined;
  const e = (m + r * d) % N;
  if (e === 0n) return undefined;
  // One inversion yields both k⁻¹ (for s) and e⁻¹ (for s⁻¹ = k·e⁻¹, range-checked below).
  const inverseProduct = invert(k * e, N);
  const s = (((inverseProduct * e) % N) * e) % N;
  const sInverse = (((inverseProduct * k) % N) * k) % N;
  // StarkWare additionally requires r < 2^251 and s⁻¹ < 2^251; @scure/starknet throws otherwise.
  if (r >= MAX_SIGNED_VALUE || sInverse >= MAX_SIGNED_VALUE) {
    throw new RangeError("signature outside StarkWare's range for this message; use another nonce/salt");
  }
  return { r, s };
}

/** Public key point of a private key. */
export function publicKeyPoint(privateKey: bigint): AffinePoint {
  if (privateKey <= 0n || privateKey >= N) throw new RangeError("private key out of range");
  return multiplyGenerator(privateKey);
}

/** Stark public key (x-coordinate of key·G), what Extended calls `l2Key` / `starkKey`. */
export function starkPublicKey(privateKey: bigint): bigint {
  return publicKeyPoint(privateKey).x;
}
