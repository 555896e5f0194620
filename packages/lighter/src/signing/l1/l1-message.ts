/**
 * Texts the account's Ethereum wallet signs with EIP-191 personal_sign (lighter-go
 * `GetL1SignatureBody` templates). The wallet's 0x-hex signature goes into tx_info `L1Sig`.
 * Numbers render as 0x + 16 lowercase hex digits of their uint64 pattern.
 */

import { ValidationError } from "@perp/core";
import { bytesToHex, hexToBytes } from "../encoding/bytes.js";
import { type BytesInput, type IntegerInput, toBigIntOrUndefined } from "../tx/fields.js";

const TRAILER = "Only sign this message for a trusted client!";

function hex16(value: IntegerInput, name: string): string {
  const v = toBigIntOrUndefined(value);
  if (v === undefined || v < -(1n << 63n) || v >= 1n << 64n) {
    throw new ValidationError(`${name} must be a 64-bit integer`, { venue: "lighter" });
  }
  return `0x${BigInt.asUintN(64, v).toString(16).padStart(16, "0")}`;
}

function bytesHex(value: BytesInput | undefined, length: number, name: string): string {
  if (value === undefined) return "00".repeat(length);
  const bytes = typeof value === "string" ? hexToBytes(value) : value;
  if (bytes === undefined || bytes.length !== length) {
    throw new ValidationError(`${name} must be ${length} bytes (hex or Uint8Array)`, { venue: "lighter" });
  }
  return bytesToHex(bytes);
}

export interface ChangePubKeyL1Fields {
  PubKey: BytesInput;
  Nonce: IntegerInput;
  AccountIndex: IntegerInput;
  ApiKeyIndex: IntegerInput;
}

/** Registering an API key (ChangePubKey, tx 8) always needs this wallet signature. */
export function changePubKeyL1Message(f: ChangePubKeyL1Fields): string {
  return [
    "Register Lighter Account",
    "",
    `pubkey: 0x${bytesHex(f.PubKey, 40, "PubKey")}`,
    `nonce: ${hex16(f.Nonce, "Nonce")}`,
    `account index: ${hex16(f.AccountIndex, "AccountIndex")}`,
    `api key index: ${hex16(f.ApiKeyIndex, "ApiKeyIndex")}`,
    TRAILER,
  ].join("\n");
}

export interface TransferL1Fields {
  Nonce: IntegerInput;
  FromAccountIndex: IntegerInput;
  FromRouteType: IntegerInput;
  ApiKeyIndex: IntegerInput;
  ToAccountIndex: IntegerInput;
  ToRouteType: IntegerInput;
  AssetIndex: IntegerInput;
  Amount: IntegerInput;
  USDCFee: IntegerInput;
  ChainId: IntegerInput;
  /** 32 bytes; zeros when omitted. */
  Memo?: BytesInput;
}

/** Needed when a transfer goes to an account of another L1 owner. */
export function transferL1Message(f: TransferL1Fields): string {
  return [
    "Transfer",
    "",
    `nonce: ${hex16(f.Nonce, "Nonce")}`,
    `from: ${hex16(f.FromAccountIndex, "FromAccountIndex")} (route ${hex16(f.FromRouteType, "FromRouteType")})`,
    `api key: ${hex16(f.ApiKeyIndex, "ApiKeyIndex")}`,
    `to: ${hex16(f.ToAccountIndex, "ToAccountIndex")} (route ${hex16(f.ToRouteType, "ToRouteType")})`,
    `asset: ${hex16(f.AssetIndex, "AssetIndex")}`,
    `amount: ${hex16(f.Amount, "Amount")}`,
    `fee: ${hex16(f.USDCFee, "USDCFee")}`,
    `chainId: ${hex16(f.ChainId, "ChainId")}`,
    `memo: ${bytesHex(f.Memo, 32, "Memo")}`,
    TRAILER,
  ].join("\n");
}

export interface ApproveIntegratorL1Fields {
  Nonce: IntegerInput;
  AccountIndex: IntegerInput;
  ApiKeyIndex: IntegerInput;
  IntegratorAccountIndex: IntegerInput;
  MaxPerpsTakerFee: IntegerInput;
  MaxPerpsMakerFee: IntegerInput;
  MaxSpotTakerFee: IntegerInput;
  MaxSpotMakerFee: IntegerInput;
  ApprovalExpiry: IntegerInput;
  ChainId: IntegerInput;
}

export function approveIntegratorL1Message(f: ApproveIntegratorL1Fields): string {
  return [
    "Approve Integrator",
    "",
    `nonce: ${hex16(f.Nonce, "Nonce")}`,
    `account index: ${hex16(f.AccountIndex, "AccountIndex")}`,
    `api key index: ${hex16(f.ApiKeyIndex, "ApiKeyIndex")}`,
    `integrator account index: ${hex16(f.IntegratorAccountIndex, "IntegratorAccountIndex")}`,
    `max perps taker fee: ${hex16(f.MaxPerpsTakerFee, "MaxPerpsTakerFee")}`,
    `max perps maker fee: ${hex16(f.MaxPerpsMakerFee, "MaxPerpsMakerFee")}`,
    `max spot taker fee: ${hex16(f.MaxSpotTakerFee, "MaxSpotTakerFee")}`,
    `max spot maker fee: ${hex16(f.MaxSpotMakerFee, "MaxSpotMakerFee")}`,
    `approval expiry: ${hex16(f.ApprovalExpiry, "ApprovalExpiry")}`,
    `chainId: ${hex16(f.ChainId, "ChainId")}`,
    TRAILER,
  ].join("\n");
}

/** Sub-account creation through the web/L1 flow (L2 CreateSubAccount carries no L1Sig). */
export function createSubAccountL1Message(f: { MasterAccountIndex: IntegerInput }): string {
  return [
    "Create Lighter Sub Account",
    "",
    `master account index: ${hex16(f.MasterAccountIndex, "MasterAccountIndex")}`,
    TRAILER,
  ].join("\n");
}

/**
 * keccak256("\x19Ethereum Signed Message:\n" + byteLength(body) + body) as 0x hex: the digest the
 * wallet's personal_sign covers (wallets hash the body themselves; this is for checking). Async
 * because Keccak is loaded on first use, keeping it off the signer's start-up path.
 */
export async function l1MessageHash(body: string): Promise<string> {
  const { keccak_256 } = await import("@noble/hashes/sha3.js");
  const text = new TextEncoder().encode(body);
  const prefix = new TextEncoder().encode(`\x19Ethereum Signed Message:\n${text.length}`);
  const data = new Uint8Array(prefix.length + text.length);
  data.set(prefix);
  data.set(text, prefix.length);
  return `0x${bytesToHex(keccak_256(data))}`;
}
