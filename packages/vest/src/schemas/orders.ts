import * as z from "zod/mini";
import {
  decimal,
  epochMillis,
  id,
  integerText,
  lpType,
  nullableDecimal,
  nullableEpochMillis,
  nullableString,
  orderStatus,
  orderType,
  safeInteger,
  transferType,
  venueCode,
} from "./primitives.js";

/**
 * `GET /orders` row. Fill fields stay null until the order fills; `code` carries the engine's
 * rejection code (3xxx) when `status` is REJECTED.
 */
export const order = z.object({
  id,
  nonce: integerText,
  symbol: z.string(),
  isBuy: z.boolean(),
  orderType,
  limitPrice: nullableDecimal,
  markPrice: nullableDecimal,
  size: decimal,
  status: orderStatus,
  reduceOnly: z.boolean(),
  initMarginRatio: nullableDecimal,
  code: venueCode,
  lastFilledSize: nullableDecimal,
  lastFilledPrice: nullableDecimal,
  lastFilledTime: nullableEpochMillis,
  avgFilledPrice: nullableDecimal,
  /** Positive when the trader received funding. */
  settledFunding: nullableDecimal,
  /** Includes the risk premium (and a liquidation penalty). */
  fees: nullableDecimal,
  /** Includes funding and fees. */
  realizedPnl: nullableDecimal,
  postTime: epochMillis,
  tpPrice: nullableDecimal,
  slPrice: nullableDecimal,
});
export type VestOrder = z.infer<typeof order>;

export const orders = z.array(order);

/** `GET /lp` row. */
export const lpOrder = z.object({
  id,
  nonce: integerText,
  size: decimal,
  orderType: lpType,
  status: orderStatus,
  code: venueCode,
  fees: nullableDecimal,
  postTime: epochMillis,
});
export type VestLpOrder = z.infer<typeof lpOrder>;

export const lpOrders = z.array(lpOrder);

/**
 * `GET /transfer` row. With `execute: false` the withdrawal proof fields are what the treasury
 * contract's `withdraw(requestArgs, signer, signature, signatureProof, validatorSignature, false)`
 * takes; they are null until the venue produced them.
 */
export const transfer = z.object({
  id,
  nonce: integerText,
  size: decimal,
  orderType: transferType,
  status: orderStatus,
  code: venueCode,
  chainId: safeInteger,
  postTime: epochMillis,
  requestArgs: nullableString,
  signer: nullableString,
  signature: nullableString,
  signatureProof: nullableString,
  validatorSignature: nullableString,
});
export type VestTransfer = z.infer<typeof transfer>;

export const transfers = z.array(transfer);
