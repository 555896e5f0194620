import type { OrderBook, RestingOrder } from "./book.js";
import type { Ratio } from "./decimal.js";
import type { MarketSpec } from "./market.js";
import type {
  OrderStatus,
  OrderType,
  SelfTradePrevention,
  TimeInForce,
  TradeView,
  TriggerDirection,
} from "./types.js";

/** Mutable engine-internal records; views in views.ts turn them into the public string shapes. */

export interface OrderState extends RestingOrder {
  idText: string;
  clientId: string | undefined;
  accountId: string;
  market: string;
  type: OrderType;
  /** Total size in size atoms; filled + remaining while live. */
  size: bigint;
  filled: bigint;
  /** Σ fill price × size in quote atoms, for the average fill price. */
  filledValue: bigint;
  timeInForce: TimeInForce;
  expiresAt: number | undefined;
  postOnly: boolean;
  reduceOnly: boolean;
  stp: SelfTradePrevention;
  trigger: { price: bigint; direction: TriggerDirection } | undefined;
  status: OrderStatus;
  createdAt: number;
  updatedAt: number;
}

export interface PositionState {
  /** Signed size atoms: positive long. */
  size: bigint;
  /** Signed cost basis in quote atoms (Σ entry price × size of the open part); same sign as size. */
  cost: bigint;
  realizedPnl: bigint;
  fundingPnl: bigint;
  feesPaid: bigint;
}

export interface AccountState {
  id: string;
  /** Collateral in quote atoms. */
  balance: bigint;
  realizedPnl: bigint;
  fundingPnl: bigint;
  feesPaid: bigint;
  positions: Map<string, PositionState>;
  leverage: Map<string, Ratio>;
  /** Orders that are untriggered, open or partially filled. */
  liveOrders: Set<OrderState>;
  /** The house accounts (market maker, fee collector) are never margin-checked. */
  marginExempt: boolean;
}

export interface MarketState {
  spec: MarketSpec;
  book: OrderBook<OrderState>;
  mark: bigint;
  index: bigint;
  fundingRate: Ratio;
  nextFundingAt: number;
  /** Untriggered conditional orders in arrival order. */
  triggers: Set<OrderState>;
  recentTrades: TradeView[];
}

export function isLive(order: OrderState): boolean {
  return order.status === "open" || order.status === "partially-filled" || order.status === "untriggered";
}

export function emptyPosition(): PositionState {
  return { size: 0n, cost: 0n, realizedPnl: 0n, fundingPnl: 0n, feesPaid: 0n };
}
