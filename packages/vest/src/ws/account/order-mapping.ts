import type { OrderStatus, OrderType } from "@perp/core";

/** Progress of a status: an update never moves an order back (a late REST row, a replayed event). */
export const VEST_STATUS_RANK: Readonly<Record<string, number>> = {
  NEW: 0,
  PARTIALLY_FILLED: 1,
  FILLED: 2,
  CANCELLED: 2,
  REJECTED: 2,
};

export const VEST_STATUS: Readonly<Record<string, OrderStatus>> = {
  NEW: "open",
  PARTIALLY_FILLED: "partially-filled",
  FILLED: "filled",
  CANCELLED: "cancelled",
  REJECTED: "rejected",
};

/**
 * Vest order types in core's vocabulary. TP/SL exist only as children of a LIMIT order and the
 * docs do not say how a triggered child executes; they are mapped to the market-executing
 * variants (an inference). LIQUIDATION (response-only) is the venue closing at market.
 */
export const VEST_ORDER_TYPE: Readonly<Record<string, OrderType>> = {
  MARKET: "market",
  LIMIT: "limit",
  STOP_LOSS: "stop-market",
  TAKE_PROFIT: "take-profit-market",
  LIQUIDATION: "market",
};
