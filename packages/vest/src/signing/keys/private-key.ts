import { registerSecret, ValidationError } from "@perp/core";
import type { Hex } from "../types.js";

const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const PRIVATE_KEY_HEX = /^0x[0-9a-fA-F]{64}$/;

/**
 * Checks that a value is a usable secp256k1 private key and registers it for redaction. Error
 * messages describe the expected shape only; the value never appears in them.
 */
export function parsePrivateKey(value: unknown, role: string): Hex {
  if (typeof value !== "string" || !PRIVATE_KEY_HEX.test(value)) {
    throw new ValidationError(`${role} private key must be 0x followed by 64 hex digits`, {
      venue: "vest",
      issues: [{ path: [], message: "expected a 32-byte hex private key" }],
    });
  }
  const scalar = BigInt(value);
  if (scalar === 0n || scalar >= SECP256K1_ORDER) {
    throw new ValidationError(`${role} private key is outside the secp256k1 range 1..n-1`, {
      venue: "vest",
      issues: [{ path: [], message: "private key out of range" }],
    });
  }
  const key = value.toLowerCase() as Hex;
  registerSecret(key);
  return key;
}
