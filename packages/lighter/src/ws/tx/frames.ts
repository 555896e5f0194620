/**
 * Transaction frames of the stream API (reference §3.5): `jsonapi/sendtx` carries tx_info as a
 * JSON object (what the official SDKs send) or, optionally, as a JSON string; `jsonapi/sendtxbatch`
 * carries `tx_types` and `tx_infos` as strings, tx_infos double-encoded, as in REST.
 */
import { type JsonValue, parseJson, ValidationError } from "@perp/core";

/** A signed transaction as the signer returns it (`LighterSigner#createOrder(...)` etc.). */
export interface WsSignedTx {
  /** Numeric tx type (14 CreateOrder, 15 CancelOrder, ...). */
  txType: number;
  /** The signer's tx_info JSON text. */
  txInfo: string;
}

/**
 * How `jsonapi/sendtx` carries tx_info. "object" is what the official SDKs send; the asyncapi
 * mirror says a JSON string is "usually" accepted too [unverified], hence the option.
 */
export type TxInfoEncoding = "object" | "string";

/** The batch limit over WebSocket per the asyncapi mirror; one docs page says 50 (as REST). */
export const DEFAULT_WS_TX_BATCH_LIMIT = 15;

interface Envelope {
  key: string;
  nonce: bigint;
}

function invalid(path: (string | number)[], message: string): ValidationError {
  const where = path.join(".");
  return new ValidationError(`${where}: ${message}`, { venue: "lighter", issues: [{ path, message }] });
}

function asInteger(value: JsonValue | undefined): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  return undefined;
}

/** Checks one signed tx and reads its account/key/nonce envelope. */
function checkTx(tx: unknown, path: (string | number)[]): Envelope {
  if (tx === null || typeof tx !== "object") throw invalid(path, "must be a signed transaction");
  const { txType, txInfo } = tx as Partial<WsSignedTx>;
  if (typeof txType !== "number" || !Number.isInteger(txType) || txType < 0 || txType > 255) {
    throw invalid([...path, "txType"], "must be an integer from 0 to 255");
  }
  if (typeof txInfo !== "string" || !txInfo.trimStart().startsWith("{")) {
    throw invalid([...path, "txInfo"], "must be the signer's tx_info JSON object text");
  }
  let parsed: JsonValue;
  try {
    parsed = parseJson(txInfo);
  } catch {
    throw invalid([...path, "txInfo"], "is not valid JSON");
  }
  const record = parsed as { [key: string]: JsonValue | undefined };
  const account = asInteger(record.AccountIndex ?? record.FromAccountIndex);
  const apiKey = asInteger(record.ApiKeyIndex);
  const nonce = asInteger(record.Nonce);
  if (account === undefined || apiKey === undefined || nonce === undefined) {
    throw invalid([...path, "txInfo"], "lacks AccountIndex/FromAccountIndex, ApiKeyIndex or Nonce");
  }
  return { key: `${account}/${apiKey}`, nonce };
}

/** The `jsonapi/sendtx` frame text; tx_info is embedded verbatim, so 64-bit integers stay exact. */
export function sendTxFrame(id: string, tx: WsSignedTx, encoding: TxInfoEncoding = "object"): string {
  checkTx(tx, ["tx"]);
  const info = encoding === "object" ? tx.txInfo.trim() : JSON.stringify(tx.txInfo);
  return `{"type":"jsonapi/sendtx","data":{"id":${JSON.stringify(id)},"tx_type":${tx.txType},"tx_info":${info}}}`;
}

/**
 * The `jsonapi/sendtxbatch` frame text, after the venue's batch rules are checked here: 1 to
 * `limit` transactions of one account and API key (21121) with increasing nonces (21105).
 */
export function sendTxBatchFrame(
  id: string,
  txs: readonly WsSignedTx[],
  limit: number = DEFAULT_WS_TX_BATCH_LIMIT,
): string {
  if (!Array.isArray(txs) || txs.length === 0 || txs.length > limit) {
    throw invalid(["txs"], `must hold 1 to ${limit} signed transactions`);
  }
  let first: Envelope | undefined;
  let previous = 0n;
  txs.forEach((tx, i) => {
    const envelope = checkTx(tx, ["txs", i]);
    if (first === undefined) first = envelope;
    else if (envelope.key !== first.key) {
      throw invalid(["txs", i], "every transaction of a batch must use the same account and API key");
    } else if (envelope.nonce <= previous) {
      throw invalid(["txs", i], "nonces must increase through the batch");
    }
    previous = envelope.nonce;
  });
  const types = JSON.stringify(txs.map((tx) => tx.txType));
  const infos = JSON.stringify(txs.map((tx) => tx.txInfo.trim()));
  return `{"type":"jsonapi/sendtxbatch","data":{"id":${JSON.stringify(id)},"tx_types":${JSON.stringify(types)},"tx_infos":${JSON.stringify(infos)}}}`;
}
