import * as z from "zod/mini";
import { intParam } from "../../schemas/params.js";
import { SendTxResult } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

/** A signed transaction as the signer returns it (`LighterSigner#createOrder(...)` etc.). */
export const SignedTxInput = z.object({
  /** Numeric tx type (14 CreateOrder, 15 CancelOrder, ...). */
  txType: intParam(0, 255),
  /** The signer's tx_info JSON text; sent verbatim as a string form field. */
  txInfo: z.string().check(z.regex(/^\{[\s\S]*\}$/, "must be the signer's tx_info JSON object text")),
});
export type SignedTxInput = z.input<typeof SignedTxInput>;

export const SendTxParameters = z.object({
  ...SignedTxInput.shape,
  /**
   * Server-side price sanity checks (21733 accidental price, 21734 too far from mark); the venue
   * defaults to on. Sent only when given.
   */
  priceProtection: z.optional(z.boolean()),
});
export type SendTxParameters = z.input<typeof SendTxParameters>;
export type SendTxReturnType = SendTxResult;

/**
 * `POST /api/v1/sendTx` (form: tx_type, tx_info, price_protection): queues one signed
 * transaction. Never retried (a retry could double-spend a nonce). A 200 only means queued: the
 * sequencer can still reject it (status 4/5 via `getTx` or the account_tx stream).
 */
export async function sendTx(
  client: LighterRestContext,
  params: SendTxParameters,
  options?: LighterCallOptions,
): Promise<SendTxReturnType> {
  const p = parseParams(SendTxParameters, params, "sendTx");
  return call(
    client,
    {
      action: "sendTx",
      method: "POST",
      path: "/api/v1/sendTx",
      form: { tx_type: p.txType, tx_info: p.txInfo, price_protection: p.priceProtection },
      schema: SendTxResult,
      weight: WEIGHT.sendTx,
    },
    options,
  );
}
