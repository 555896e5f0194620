import { type AbiField, encodeAbiTuple } from "../abi/encode.js";
import type { SigningPayload } from "../types.js";
import { personalDigestOf32 } from "./eip191.js";
import { keccak256 } from "./keccak.js";

/** abi.encode → keccak256 → EIP-191: the recipe shared by every Vest action signature. */
export function actionPayload(fields: readonly AbiField[]): SigningPayload {
  const encoded = encodeAbiTuple(fields);
  const abiHash = keccak256(encoded);
  return { encoded, abiHash, digest: personalDigestOf32(abiHash) };
}
