/** Hex-facing signature verification (public key, message hash and signature as hex or bytes). */
import { hexToBytes } from "./encoding/bytes.js";
import { verify } from "./schnorr.js";
import type { BytesInput } from "./tx/fields.js";

function bytes(value: BytesInput): Uint8Array | undefined {
  return typeof value === "string" ? hexToBytes(value) : value;
}

/**
 * True when `signature` (80 bytes s || e) is valid for the 40-byte message hash under the 40-byte
 * public key. Malformed input is simply invalid.
 */
export function verifySignature(
  publicKey: BytesInput,
  messageHash: BytesInput,
  signature: BytesInput,
): boolean {
  const pk = bytes(publicKey);
  const m = bytes(messageHash);
  const sig = bytes(signature);
  return pk !== undefined && m !== undefined && sig !== undefined && verify(pk, m, sig);
}
