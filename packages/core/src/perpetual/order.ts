export type OrderSide = "buy" | "sell";

/**
 * `stop-*` orders trigger when the price moves against the position they protect, `take-profit-*`
 * when it moves in its favour; `*-market` executes at market once triggered, `*-limit` rests at `price`.
 */
export type OrderType =
  | "limit"
  | "market"
  | "stop-market"
  | "stop-limit"
  | "take-profit-market"
  | "take-profit-limit";

/**
 * GTC rests until cancelled; IOC fills what it can and cancels the rest; FOK fills entirely or not
 * at all; GTT rests until `expiresAt`; `post-only` rests as a maker order or is cancelled (the
 * matching `postOnly` flag is always set with it).
 */
export type TimeInForce = "GTC" | "IOC" | "FOK" | "GTT" | "post-only";

/**
 * Order lifecycle: `pending` (sent, not acknowledged by the venue) → `open` → `partially-filled`
 * → one final state: `filled`, `cancelled`, `rejected` or `expired`.
 */
export type OrderStatus =
  | "pending"
  | "open"
  | "partially-filled"
  | "filled"
  | "cancelled"
  | "rejected"
  | "expired";

export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ["filled", "cancelled", "rejected", "expired"];

/** True for the states an order never leaves. */
export function isFinalOrderStatus(status: OrderStatus): boolean {
  return status === "filled" || status === "cancelled" || status === "rejected" || status === "expired";
}

/** An order as the SDK knows it. Prices and sizes are decimal strings; times are ms since the epoch. */
export interface Order {
  /** The venue's order id; undefined while the order is `pending` and the venue has not assigned one. */
  id: string | undefined;
  clientOrderId: string | undefined;
  symbol: string;
  side: OrderSide;
  type: OrderType;
  timeInForce: TimeInForce | undefined;
  /** Limit price; for a market order the worst acceptable price when the venue takes one. */
  price: string | undefined;
  triggerPrice: string | undefined;
  size: string;
  /** Cumulative filled size. */
  filled: string;
  remaining: string;
  averageFillPrice: string | undefined;
  reduceOnly: boolean;
  postOnly: boolean;
  status: OrderStatus;
  /** Why the order was rejected, cancelled or expired, when the venue says. */
  statusReason: string | undefined;
  createdAt: number | undefined;
  updatedAt: number;
  expiresAt: number | undefined;
  info: unknown;
}

export type Liquidity = "maker" | "taker";

/** One execution of an order. */
export interface Fill {
  /** The venue's trade id: unique per fill, used to count each fill once. */
  id: string;
  orderId: string | undefined;
  clientOrderId: string | undefined;
  symbol: string;
  side: OrderSide;
  price: string;
  size: string;
  /** Fee charged for this fill in `feeAsset`; negative for a rebate. */
  fee: string;
  feeAsset: string;
  liquidity: Liquidity;
  timestamp: number;
  info: unknown;
}
