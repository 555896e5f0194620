/**
 * The tx_info JSON string, byte-for-byte as Go's encoding/json renders the lighter-go struct:
 * keys in struct order, integers as bare digits (exact beyond 2^53), []byte as padded base64,
 * [32]byte Memo as an array of numbers.
 */
import { bytesToBase64 } from "../encoding/bytes.js";
import { attributesJson, type TxAttributes } from "./attributes.js";
import type { ParsedFields } from "./fields.js";
import { ORDER_LEG_FIELDS, TX_TYPES, type TxTypeName } from "./spec.js";

function legJson(leg: ParsedFields): string {
  return `{${ORDER_LEG_FIELDS.map(([name]) => `"${name}":${leg[name] as bigint}`).join(",")}}`;
}

/** L1Sig is validated as "" or 0x-hex, so it needs no escaping beyond the quotes. */
function fieldJson(kind: string, value: ParsedFields[string]): string {
  switch (kind) {
    case "pubKey":
      return `"${bytesToBase64(value as Uint8Array)}"`;
    case "memo":
      return `[${Array.from(value as Uint8Array).join(",")}]`;
    case "l1Sig":
      return `"${value as string}"`;
    case "orders":
      return `[${(value as ParsedFields[]).map(legJson).join(",")}]`;
    default:
      return (value as bigint).toString();
  }
}

export function txInfoJson(
  type: TxTypeName,
  fields: ParsedFields,
  signature: Uint8Array,
  attributes: TxAttributes,
): string {
  const spec = TX_TYPES[type];
  let out = `{"${spec.account}":${fields[spec.account] as bigint},"ApiKeyIndex":${fields.ApiKeyIndex as bigint}`;
  for (const [name, kind] of spec.fields) out += `,"${name}":${fieldJson(kind, fields[name]!)}`;
  out += `,"ExpiredAt":${fields.ExpiredAt as bigint},"Nonce":${fields.Nonce as bigint}`;
  out += `,"Sig":"${bytesToBase64(signature)}"`;
  if (spec.trailingL1Sig) out += `,"L1Sig":"${fields.L1Sig as string}"`;
  out += `,"L2TxAttributes":${attributesJson(attributes)}}`;
  return out;
}
