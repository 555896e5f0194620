import { keccak256 as viemKeccak256 } from "viem/utils";

export function keccak256(bytes: Uint8Array): Uint8Array {
  return viemKeccak256(bytes, "bytes");
}
