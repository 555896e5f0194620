import * as z from "zod/mini";
import {
  decimal,
  epochMillis,
  id,
  integerText,
  nullableDecimal,
  nullableEpochMillis,
  safeInteger,
  venueCode,
} from "../../schemas/primitives.js";

/*
 * `account_private` payloads (§5.7): `{"channel":"account_private","data":{"event":…,"args":{…}}}`.
 * Fields vary with the stage of an order (cancel and reject events carry no symbol), so everything
 * but `id` and `status` is optional. Status and type stay text here: an unknown value is reported
 * as an `unknown` account event by the mapper rather than failing the whole frame.
 */

const optionalDecimal = z.optional(nullableDecimal);

export const accountEnvelope = z.object({
  event: z.string(),
  args: z.unknown(),
});

/** An `ORDER` event. A `GET /orders` row has the same fields (all present), so it parses too. */
export const orderEventArgs = z.object({
  id,
  status: z.string(),
  symbol: z.optional(z.string()),
  isBuy: z.optional(z.boolean()),
  orderType: z.optional(z.string()),
  limitPrice: optionalDecimal,
  markPrice: optionalDecimal,
  size: optionalDecimal,
  reduceOnly: z.optional(z.boolean()),
  initMarginRatio: optionalDecimal,
  code: z.optional(venueCode),
  lastFilledSize: optionalDecimal,
  lastFilledPrice: optionalDecimal,
  lastFilledTime: z.optional(nullableEpochMillis),
  avgFilledPrice: optionalDecimal,
  /** On WS execution events; the REST row has `settledFunding` instead. */
  cumFunding: optionalDecimal,
  settledFunding: optionalDecimal,
  /** Cumulative for the order, including the risk premium. */
  fees: optionalDecimal,
  realizedPnl: optionalDecimal,
  postTime: z.optional(epochMillis),
  nonce: z.optional(integerText),
  tpPrice: optionalDecimal,
  slPrice: optionalDecimal,
});
/** What the account state accepts for an order: a WS `ORDER` payload or a REST `GET /orders` row. */
export type VestOrderUpdate = z.infer<typeof orderEventArgs>;

/** An `LP` event: a deposit into or a withdrawal from the liquidity pool. */
export const lpEventArgs = z.object({
  id,
  size: decimal,
  orderType: z.string(),
  status: z.string(),
  code: z.optional(venueCode),
  fees: optionalDecimal,
  postTime: z.optional(epochMillis),
  nonce: z.optional(integerText),
});
export type VestLpUpdate = z.infer<typeof lpEventArgs>;

/** A `TRANSFER` event: a USDC deposit or withdrawal. */
export const transferEventArgs = z.object({
  id,
  size: decimal,
  orderType: z.string(),
  status: z.string(),
  code: z.optional(venueCode),
  chainId: z.optional(safeInteger),
  postTime: z.optional(epochMillis),
  nonce: z.optional(integerText),
});
export type VestTransferUpdate = z.infer<typeof transferEventArgs>;
