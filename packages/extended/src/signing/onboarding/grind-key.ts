import { sha256 } from "@noble/hashes/sha2.js";
import { CURVE_ORDER } from "../crypto/constants.js";
import { fromBytesBE } from "../crypto/modular.js";

const LIMIT = (1n << 256n) - ((1n << 256n) % CURVE_ORDER);

/**
 * StarkWare grindKey: the first SHA-256(seed ‖ i) below 2^256 − (2^256 mod N), reduced mod N
 * (rejection sampling keeps the key uniform). `i` is its minimal big-endian encoding, 0 → 0x00.
 */
export function grindKey(seed: bigint): bigint {
  const seedBytes = hexToBytes(seed.toString(16).padStart(64, "0"));
  for (let i = 0; i < 100_000; i++) {
    const indexHex = i.toString(16);
    const index = hexToBytes(indexHex.length % 2 === 0 ? indexHex : `0${indexHex}`);
    const input = new Uint8Array(seedBytes.length + index.length);
    input.set(seedBytes);
    input.set(index, seedBytes.length);
    const candidate = fromBytesBE(sha256(input));
    if (candidate < LIMIT) return candidate % CURVE_ORDER;
  }
  throw new RangeError("grindKey found no key");
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Stark private key from an Ethereum signature (65-byte hex): grindKey of its r (first 32 bytes). */
export function starkPrivateKeyFromEthSignature(signature: string): bigint {
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) throw new RangeError("expected a 65-byte 0x hex signature");
  return grindKey(BigInt(`0x${signature.slice(2, 66)}`));
}
