import { isPerpError } from "@perp/core";
import {
  hashToQuinticExtension,
  parseTxAttributes,
  parseTxFields,
  TX_TYPE_NAMES,
  TX_TYPES,
  type TxAttributesInput,
  type TxTypeName,
  txPreimage,
  verifySignature,
} from "@perp/lighter/signing";
import { parseJson } from "../shared/json.js";
import { LIGHTER_ERROR_CODES as E, LighterApiError } from "./errors.js";

/** Validated transaction fields: integers as bigint (the signer's parse of the tx_info). */
export type TxFields = ReturnType<typeof parseTxFields>;

export interface DecodedTx {
  readonly type: TxTypeName;
  readonly txType: number;
  readonly fields: TxFields;
  /** Non-nil L2 attributes, ascending by type. */
  readonly attributes: readonly (readonly [number, bigint])[];
  readonly signature: Uint8Array;
  /** The signed message hash (40 bytes little-endian): what the signature covers. */
  readonly messageHash: Uint8Array;
  /** Hex of the message hash; the simulator's tx_hash. */
  readonly hash: string;
  /** The tx_info JSON as received (re-serialised when it came as an object over WebSocket). */
  readonly info: string;
}

const SIG_BASE64 = /^[A-Za-z0-9+/]{107}=$/;

/** The tx type name of a numeric tx_type the API key may sign, or undefined. */
export function txTypeName(code: number): TxTypeName | undefined {
  return TX_TYPE_NAMES.find((name) => TX_TYPES[name].code === code);
}

/** H5 elements as 40 little-endian bytes. */
function elementsToBytes(elements: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(8 * elements.length);
  elements.forEach((element, i) => {
    let v = element;
    for (let j = 0; j < 8; j++) {
      out[8 * i + j] = Number(v & 0xffn);
      v >>= 8n;
    }
  });
  return out;
}

/**
 * The hash the API key signed: H5(preimage), folded with the attributes as
 * H5(txHash || H5([t1, v1, ..., t4, v4])) when any is set (reference §4.9-4.10).
 */
export function messageHashOf(
  type: TxTypeName,
  fields: TxFields,
  attributes: readonly (readonly [number, bigint])[],
  chainId: number,
): Uint8Array {
  const txHash = hashToQuinticExtension(txPreimage(type, fields, chainId));
  if (attributes.length === 0) return elementsToBytes(txHash);
  const pairs: bigint[] = [];
  for (let i = 0; i < 4; i++) {
    const attribute = attributes[i];
    pairs.push(
      attribute === undefined ? 0n : BigInt(attribute[0]),
      attribute === undefined ? 0n : attribute[1],
    );
  }
  return elementsToBytes(hashToQuinticExtension([...txHash, ...hashToQuinticExtension(pairs)]));
}

function invalidInfo(detail: string): LighterApiError {
  return new LighterApiError(E.INVALID_TX_INFO, `invalid tx info: ${detail}`);
}

/**
 * Parses and validates one transaction as the API layer does: known type, JSON object tx_info whose
 * fields fit their Go types, a well-formed 80-byte signature. Does NOT check the signature.
 */
export function decodeTx(txType: number, txInfo: unknown, chainId: number): DecodedTx {
  const type = txTypeName(txType);
  if (type === undefined) throw new LighterApiError(E.UNSUPPORTED_TX_TYPE, "unsupported tx type");
  let info: string;
  let parsed: unknown;
  if (typeof txInfo === "string") {
    if (!txInfo.trimStart().startsWith("{")) throw invalidInfo("tx_info must be a JSON object");
    info = txInfo;
    try {
      parsed = parseJson(txInfo);
    } catch {
      throw invalidInfo("tx_info is not JSON");
    }
  } else {
    info = JSON.stringify(txInfo, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    parsed = txInfo;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw invalidInfo("tx_info must be a JSON object");
  }
  const { Sig, L2TxAttributes, ...rest } = parsed as Record<string, unknown>;
  normaliseBytes(rest);
  let fields: TxFields;
  let attributes: readonly (readonly [number, bigint])[];
  try {
    fields = parseTxFields(type, rest);
    attributes = parseTxAttributes(
      L2TxAttributes === null || L2TxAttributes === undefined
        ? undefined
        : (L2TxAttributes as TxAttributesInput),
    );
  } catch (error) {
    throw invalidInfo(isPerpError(error) ? error.message : String(error));
  }
  if (typeof Sig !== "string" || !SIG_BASE64.test(Sig)) {
    throw new LighterApiError(E.INVALID_SIGNATURE, "invalid signature");
  }
  const signature = new Uint8Array(Buffer.from(Sig, "base64"));
  const messageHash = messageHashOf(type, fields, attributes, chainId);
  return {
    type,
    txType,
    fields,
    attributes,
    signature,
    messageHash,
    hash: Buffer.from(messageHash).toString("hex"),
    info,
  };
}

/**
 * Go marshals byte fields its own way: `[32]byte` Memo as an array of numbers and `[]byte` PubKey as
 * base64. The signer's field parser takes bytes, so both are turned into Uint8Array here (anything
 * malformed is left for the parser to refuse).
 */
function normaliseBytes(fields: Record<string, unknown>): void {
  const memo = fields.Memo;
  if (
    Array.isArray(memo) &&
    memo.length === 32 &&
    memo.every((b) => typeof b === "number" && Number.isInteger(b) && b >= 0 && b <= 255)
  ) {
    fields.Memo = Uint8Array.from(memo as number[]);
  }
  const pubKey = fields.PubKey;
  if (typeof pubKey === "string" && /^[A-Za-z0-9+/]{54}==$/.test(pubKey)) {
    fields.PubKey = new Uint8Array(Buffer.from(pubKey, "base64"));
  }
}

/** True when `signature` over the tx's message hash verifies under the API key `publicKey` (hex). */
export function txSignatureValid(tx: DecodedTx, publicKey: string): boolean {
  return verifySignature(publicKey, tx.messageHash, tx.signature);
}

export interface AuthTokenClaims {
  readonly deadlineSeconds: number;
  readonly accountIndex: bigint;
  readonly apiKeyIndex: number;
  readonly messageHash: Uint8Array;
  readonly signature: Uint8Array;
}

/** Splits "<deadline>:<account>:<apiKey>:<160 hex>" and hashes the signed text; undefined when malformed. */
export function parseAuthToken(token: string): AuthTokenClaims | undefined {
  const match = /^(\d{1,11}):(-?\d{1,20}):(\d{1,3}):([0-9a-f]{160})$/.exec(token);
  if (match === null) return undefined;
  const message = `${match[1]}:${match[2]}:${match[3]}`;
  const bytes = new TextEncoder().encode(message);
  const words: bigint[] = [];
  for (let i = 0; i < bytes.length; i += 8) {
    let word = 0n;
    for (let j = 7; j >= 0; j--) word = (word << 8n) | BigInt(bytes[i + j] ?? 0);
    words.push(word);
  }
  return {
    deadlineSeconds: Number(match[1]),
    accountIndex: BigInt(match[2]!),
    apiKeyIndex: Number(match[3]),
    messageHash: elementsToBytes(hashToQuinticExtension(words)),
    signature: new Uint8Array(Buffer.from(match[4]!, "hex")),
  };
}
