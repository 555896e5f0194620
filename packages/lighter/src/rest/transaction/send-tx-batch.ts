import { parseJson, ValidationError } from "@perp/core";
import * as z from "zod/mini";
import { SendTxBatchResult } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";
import { SignedTxInput } from "./send-tx.js";

/** The REST batch limit (21514). */
export const MAX_TX_BATCH = 50;

export const SendTxBatchParameters = z.object({
  txs: z.array(SignedTxInput).check(z.minLength(1), z.maxLength(MAX_TX_BATCH)),
});
export type SendTxBatchParameters = z.input<typeof SendTxBatchParameters>;
export type SendTxBatchReturnType = SendTxBatchResult;

interface Envelope {
  account: string;
  apiKey: string;
  nonce: bigint;
}

function envelopeOf(txInfo: string, at: number): Envelope {
  let parsed: unknown;
  try {
    parsed = parseJson(txInfo);
  } catch {
    throw batchError(at, "tx_info is not valid JSON");
  }
  const record = (parsed ?? {}) as Record<string, unknown>;
  const account = record.AccountIndex ?? record.FromAccountIndex;
  const { ApiKeyIndex: apiKey, Nonce: nonce } = record;
  if (
    (typeof account !== "number" && typeof account !== "bigint") ||
    (typeof apiKey !== "number" && typeof apiKey !== "bigint") ||
    (typeof nonce !== "number" && typeof nonce !== "bigint")
  ) {
    throw batchError(at, "tx_info lacks AccountIndex/FromAccountIndex, ApiKeyIndex or Nonce");
  }
  return { account: String(account), apiKey: String(apiKey), nonce: BigInt(nonce) };
}

function batchError(at: number, message: string): ValidationError {
  return new ValidationError(`sendTxBatch: txs.${at}: ${message}`, {
    venue: "lighter",
    issues: [{ path: ["txs", at], message }],
  });
}

/**
 * `POST /api/v1/sendTxBatch` (form: tx_types = "[14,15]", tx_infos = a JSON array of tx_info
 * strings): up to 50 signed transactions of one account and API key with increasing nonces, both
 * checked here before sending (the venue's 21121 / 21105).
 */
export async function sendTxBatch(
  client: LighterRestContext,
  params: SendTxBatchParameters,
  options?: LighterCallOptions,
): Promise<SendTxBatchReturnType> {
  const p = parseParams(SendTxBatchParameters, params, "sendTxBatch");
  const first = envelopeOf(p.txs[0]!.txInfo, 0);
  let previous = first.nonce;
  for (let i = 1; i < p.txs.length; i++) {
    const next = envelopeOf(p.txs[i]!.txInfo, i);
    if (next.account !== first.account || next.apiKey !== first.apiKey) {
      throw batchError(i, "every transaction of a batch must use the same account and API key");
    }
    if (next.nonce <= previous) throw batchError(i, "nonces must increase through the batch");
    previous = next.nonce;
  }
  return call(
    client,
    {
      action: "sendTxBatch",
      method: "POST",
      path: "/api/v1/sendTxBatch",
      form: {
        tx_types: JSON.stringify(p.txs.map((tx) => tx.txType)),
        tx_infos: JSON.stringify(p.txs.map((tx) => tx.txInfo)),
      },
      schema: SendTxBatchResult,
      weight: WEIGHT.sendTx,
    },
    options,
  );
}
