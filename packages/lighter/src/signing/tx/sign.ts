/**
 * Signing of L2 transactions: validate -> preimage -> H5 -> attribute aggregation -> Schnorr ->
 * tx_info JSON.
 */
import { SigningError, ValidationError } from "@perp/core";
import { bytesToHex } from "../encoding/bytes.js";
import { fp5, fp5ToLeBytes } from "../field/fp5.js";
import { LighterPrivateKey } from "../keys/private-key.js";
import { type NonceSource, randomNonce, sign } from "../schnorr.js";
import { aggregateTxHash, parseTxAttributes, type TxAttributesInput } from "./attributes.js";
import { parseTxFields, type TxFieldsInput } from "./fields.js";
import { hashTx } from "./preimage.js";
import { TX_TYPES, type TxTypeName } from "./spec.js";
import { txInfoJson } from "./tx-info.js";

export interface SignTxOptions {
  /** API private key, parsed or as hex. */
  privateKey: LighterPrivateKey | string;
  /** Chain id signed into the hash: 304 mainnet, 300 testnet, 466324 Robinhood. */
  chainId: number;
  /** L2 tx attributes by type (1 integrator, 2/3 integrator fees, 4 skip-nonce, 5 cancel-all market, 6/7 self-trade). */
  attributes?: TxAttributesInput;
  /** Schnorr nonce source; defaults to a CSPRNG draw per signature. Override only for known-answer tests. */
  nonce?: NonceSource;
}

export interface SignedTx<T extends TxTypeName = TxTypeName> {
  type: T;
  /** Numeric tx_type for sendTx. */
  txType: (typeof TX_TYPES)[T]["code"];
  /** The tx_info JSON string for sendTx. */
  txInfo: string;
  /** The signed message hash (40 bytes LE hex, no 0x), what lighter-go returns as txHash. */
  txHash: string;
  /** The 80-byte signature s || e as hex (tx_info carries it as base64 `Sig`). */
  signature: string;
}

const TX_HASH = fp5();
const MSG_HASH = fp5();

export function privateKeyScalar(key: LighterPrivateKey | string): bigint {
  return LighterPrivateKey.scalarOf(typeof key === "string" ? LighterPrivateKey.fromHex(key) : key);
}

export function assertChainId(chainId: unknown): asserts chainId is number {
  if (typeof chainId !== "number" || !Number.isSafeInteger(chainId) || chainId < 0 || chainId > 0xffffffff) {
    throw new ValidationError("chainId must be a non-negative integer (304 mainnet, 300 testnet)", {
      venue: "lighter",
    });
  }
}

/** Signs one L2 transaction. Throws ValidationError for bad input before anything is signed. */
export function signTx<T extends TxTypeName>(
  type: T,
  fields: TxFieldsInput<T>,
  options: SignTxOptions,
): SignedTx<T> {
  assertChainId(options.chainId);
  const parsed = parseTxFields(type, fields);
  const attributes = parseTxAttributes(options.attributes);
  const sk = privateKeyScalar(options.privateKey);
  hashTx(TX_HASH, type, parsed, options.chainId);
  aggregateTxHash(MSG_HASH, TX_HASH, attributes);
  let signature: Uint8Array;
  try {
    signature = sign(MSG_HASH, sk, options.nonce ?? randomNonce);
  } catch (cause) {
    throw new SigningError(
      `could not sign ${type}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        venue: "lighter",
        cause,
      },
    );
  }
  return {
    type,
    txType: TX_TYPES[type].code,
    txInfo: txInfoJson(type, parsed, signature, attributes),
    txHash: bytesToHex(fp5ToLeBytes(MSG_HASH)),
    signature: bytesToHex(signature),
  };
}
