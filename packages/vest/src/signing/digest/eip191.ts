import { keccak256 } from "./keccak.js";

// "\x19Ethereum Signed Message:\n32": the prefix for a message that is exactly 32 raw bytes.
const PREFIX_32 = new TextEncoder().encode("\x19Ethereum Signed Message:\n32");

/**
 * EIP-191 `personal_sign` hash of a 32-byte value, taken as raw bytes (never as its hex text,
 * which would be a 66-character message and a different digest).
 */
export function personalDigestOf32(hash: Uint8Array): Uint8Array {
  if (hash.length !== 32) throw new RangeError("EIP-191 digest input must be 32 bytes");
  const message = new Uint8Array(PREFIX_32.length + 32);
  message.set(PREFIX_32, 0);
  message.set(hash, PREFIX_32.length);
  return keccak256(message);
}
