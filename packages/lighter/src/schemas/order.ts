/** Orders as the account endpoints return them. */
import * as z from "zod/mini";
import { bool, decimal, envelope, int, int64, list, nextCursor, openEnum, opt, text } from "./primitives.js";

export const ORDER_STATUSES = [
  "in-progress",
  "pending",
  "open",
  "filled",
  "canceled",
  "canceled-post-only",
  "canceled-reduce-only",
  "canceled-position-not-allowed",
  "canceled-margin-not-allowed",
  "canceled-too-much-slippage",
  "canceled-not-enough-liquidity",
  "canceled-self-trade",
  "canceled-expired",
  "canceled-oco",
  "canceled-child",
  "canceled-liquidation",
  "canceled-invalid-balance",
] as const;

export const ORDER_TYPES = [
  "limit",
  "market",
  "stop-loss",
  "stop-loss-limit",
  "take-profit",
  "take-profit-limit",
  "twap",
  "twap-sub",
  "liquidation",
] as const;

export const ORDER_TIME_IN_FORCES = [
  "good-till-time",
  "immediate-or-cancel",
  "post-only",
  "Unknown",
] as const;

export const TRIGGER_STATUSES = ["na", "ready", "mark-price", "twap", "parent-order"] as const;

/**
 * An order. `order_index` (>= 2^48, up to 2^60 - 1) and `client_order_index` are exact strings;
 * either one can be the `Index` of a cancel or modify.
 */
export const Order = z.object({
  order_index: int64,
  client_order_index: int64,
  order_id: opt(int64),
  client_order_id: opt(int64),
  market_index: int,
  owner_account_index: int,
  initial_base_amount: decimal,
  price: decimal,
  nonce: opt(int64),
  remaining_base_amount: decimal,
  is_ask: bool,
  base_size: opt(int64),
  base_price: opt(int64),
  filled_base_amount: decimal,
  filled_quote_amount: decimal,
  side: opt(text),
  type: openEnum(ORDER_TYPES),
  time_in_force: openEnum(ORDER_TIME_IN_FORCES),
  reduce_only: bool,
  trigger_price: opt(decimal),
  order_expiry: opt(int),
  status: openEnum(ORDER_STATUSES),
  trigger_status: opt(openEnum(TRIGGER_STATUSES)),
  trigger_time: opt(int),
  parent_order_index: opt(int64),
  parent_order_id: opt(int64),
  to_trigger_order_id_0: opt(int64),
  to_trigger_order_id_1: opt(int64),
  to_cancel_order_id_0: opt(int64),
  integrator_fee_collector_index: opt(text),
  integrator_taker_fee: opt(text),
  integrator_maker_fee: opt(text),
  order_flags: opt(int),
  block_height: opt(int),
  timestamp: opt(int),
  created_at: opt(int),
  updated_at: opt(int),
  transaction_time: opt(int),
});
export type Order = z.output<typeof Order>;

export const Orders = z.object({ ...envelope, next_cursor: nextCursor, orders: list(Order) });
export type Orders = z.output<typeof Orders>;
