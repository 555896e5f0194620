import type { Clock } from "./clock.js";

/**
 * Public, venue-neutral shapes of the simulator engine. Prices, sizes and money are decimal strings;
 * engine-assigned ids are decimal strings that may exceed 2^53.
 */

export type Side = "buy" | "sell";
export type OrderType = "limit" | "market";
export type TimeInForce = "GTC" | "IOC" | "FOK" | "GTT";
/** What happens when an order would trade against another order of the same account (decided by the taker). */
export type SelfTradePrevention = "expire-taker" | "expire-maker" | "expire-both" | "none";
/** "up" fires when the mark price rises to or above the trigger, "down" when it falls to or below it. */
export type TriggerDirection = "up" | "down";
/** Stop: buy-stop fires upward, sell-stop downward. Take-profit: the reverse. */
export type TriggerKind = "stop" | "take-profit";
export type OrderStatus =
  | "untriggered"
  | "open"
  | "partially-filled"
  | "filled"
  | "cancelled"
  | "expired"
  | "rejected";
export type Liquidity = "maker" | "taker";

/** Typed refusals; venue protocol layers map each to their own error code. */
export type EngineRejectReason =
  | "unknown-market"
  | "unknown-account"
  | "unknown-order"
  | "order-not-open"
  | "invalid-order"
  | "invalid-price"
  | "invalid-size"
  | "size-below-minimum"
  | "invalid-expiry"
  | "invalid-amount"
  | "duplicate-client-id"
  | "post-only-would-take"
  | "reduce-only-would-increase"
  | "reduce-only-exceeds-position"
  | "fill-or-kill-unfillable"
  | "insufficient-margin"
  | "invalid-leverage"
  | "leverage-exceeds-max";

export type CancelReason =
  | "requested"
  | "self-trade-prevention"
  | "unfilled-immediate-or-cancel"
  | "reduce-only"
  | "market-maker-requote";

export interface MarketMakerConfig {
  /** Price levels quoted on each side. */
  levels: number;
  /** Distance between consecutive levels in ticks; the first level is the nearest tick strictly beyond the mark. */
  spacingTicks: number;
  /** Size quoted at each level. */
  sizePerLevel: string;
}

export interface MarketConfig {
  symbol: string;
  tickSize: string;
  stepSize: string;
  minSize: string;
  maxLeverage: string;
  /** Leverage of accounts that never set one; defaults to maxLeverage. */
  defaultLeverage?: string;
  /** Fee rates as fractions of notional ("0.0002" = 2 bp); negative is a rebate. */
  makerFee: string;
  takerFee: string;
  fundingIntervalMs: number;
  /** Rate paid per funding interval, positive when longs pay shorts; defaults to "0". */
  fundingRate?: string;
  markPrice: string;
  /** Defaults to the mark price. */
  indexPrice?: string;
  /** Largest mark move per tick, in ticks (uniform in ±maxStepTicks); 0 freezes the mark. Default 1. */
  priceWalkTicks?: number;
  /** Built-in market maker ladder; false disables it. Default: 5 levels, 1 tick apart, 10 × minSize each. */
  marketMaker?: MarketMakerConfig | false;
}

export interface EngineConfig {
  markets: MarketConfig[];
  /** Defaults to the system clock; tests inject a ManualClock. */
  clock?: Clock;
  /** Seed of the mark-price random walk. Default 1. */
  seed?: number;
  /** First engine order id (decimal string or bigint, may exceed 2^53). Default 1. */
  orderIdStart?: string | bigint;
  /** First trade id. Default 1. */
  tradeIdStart?: string | bigint;
  /** Self-trade prevention for orders that do not name one. Default "expire-maker". */
  defaultSelfTradePrevention?: SelfTradePrevention;
  /** Account collecting fees and funding rounding residue. Default "fees". */
  feeAccountId?: string;
  /** Account of the built-in market maker. Default "market-maker". */
  marketMakerAccountId?: string;
  /** Collateral the market maker starts with. Default "1000000000000". */
  marketMakerCollateral?: string;
  /** Events kept for `events()`; older ones are dropped. Default 10000. */
  eventLogLimit?: number;
  /** Finished orders kept for `order()` look-ups; older ones are forgotten. Default 10000. */
  finishedOrderLimit?: number;
  /** Public trades kept per market for `recentTrades()`. Default 500. */
  recentTradeLimit?: number;
}

export interface TriggerRequest {
  price: string;
  /** Explicit direction; otherwise derived from `kind`, otherwise from where the trigger sits against the mark. */
  direction?: TriggerDirection;
  kind?: TriggerKind;
}

export interface PlaceOrderRequest {
  accountId: string;
  market: string;
  side: Side;
  type: OrderType;
  /** Limit price; for a market order, the worst acceptable price. */
  price: string;
  size: string;
  clientId?: string;
  /** Limit default GTC; market orders accept IOC (default) or FOK. */
  timeInForce?: TimeInForce;
  /** Milliseconds since the epoch; required for GTT and only allowed with it. */
  expiresAt?: number;
  postOnly?: boolean;
  reduceOnly?: boolean;
  selfTradePrevention?: SelfTradePrevention;
  trigger?: TriggerRequest;
}

export interface OrderRef {
  accountId: string;
  orderId?: string;
  clientId?: string;
}

export interface ModifyOrderRequest extends OrderRef {
  /** New limit price. */
  price?: string;
  /** New total size (filled + remaining); must exceed what has already filled. */
  size?: string;
  /** New trigger price of an untriggered conditional order. */
  triggerPrice?: string;
}

export interface OrderView {
  id: string;
  clientId: string | undefined;
  accountId: string;
  market: string;
  side: Side;
  type: OrderType;
  price: string;
  size: string;
  filledSize: string;
  remainingSize: string;
  averageFillPrice: string | undefined;
  timeInForce: TimeInForce;
  expiresAt: number | undefined;
  postOnly: boolean;
  reduceOnly: boolean;
  selfTradePrevention: SelfTradePrevention;
  trigger: { price: string; direction: TriggerDirection } | undefined;
  status: OrderStatus;
  createdAt: number;
  updatedAt: number;
}

export interface FillView {
  tradeId: string;
  orderId: string;
  clientId: string | undefined;
  accountId: string;
  market: string;
  side: Side;
  price: string;
  size: string;
  /** Fee charged for this fill (negative for a rebate). */
  fee: string;
  liquidity: Liquidity;
  /** PnL realized by this fill, before fees. */
  realizedPnl: string;
  time: number;
}

export interface TradeView {
  id: string;
  market: string;
  price: string;
  size: string;
  takerSide: Side;
  makerOrderId: string;
  takerOrderId: string;
  makerAccountId: string;
  takerAccountId: string;
  time: number;
}

export interface PositionView {
  accountId: string;
  market: string;
  /** Signed size: positive long, negative short. */
  size: string;
  side: "long" | "short" | "flat";
  /** Average entry price at full precision; undefined when flat. */
  entryPrice: string | undefined;
  markPrice: string;
  /** |size| × mark. */
  notional: string;
  unrealizedPnl: string;
  /** Trading PnL realized in this market, before fees and funding. */
  realizedPnl: string;
  /** Funding received (positive) or paid (negative) in this market, cumulative. */
  fundingPnl: string;
  feesPaid: string;
  leverage: string;
  initialMargin: string;
}

export interface BalanceView {
  accountId: string;
  /** Collateral: deposits + realized PnL + funding − fees − withdrawals. */
  balance: string;
  unrealizedPnl: string;
  /** balance + unrealizedPnl. */
  equity: string;
  initialMargin: string;
  /** max(0, equity − initialMargin). */
  availableForTrade: string;
  realizedPnl: string;
  fundingPnl: string;
  feesPaid: string;
}

export interface BookLevel {
  price: string;
  size: string;
}

export interface BookSnapshot {
  market: string;
  /** Highest price first. */
  bids: BookLevel[];
  /** Lowest price first. */
  asks: BookLevel[];
  /** Per-market sequence of the last event applied to this market. */
  marketSeq: number;
  time: number;
}

export interface MarketView {
  symbol: string;
  tickSize: string;
  stepSize: string;
  minSize: string;
  maxLeverage: string;
  makerFee: string;
  takerFee: string;
  fundingIntervalMs: number;
  fundingRate: string;
  nextFundingAt: number;
  markPrice: string;
  indexPrice: string;
}

export type Rejection = { ok: false; reason: EngineRejectReason; message: string };

export type PlaceOrderResult = { ok: true; order: OrderView; fills: FillView[] } | Rejection;
export type OrderResult = { ok: true; order: OrderView } | Rejection;
export type BalanceResult = { ok: true; balance: BalanceView } | Rejection;
export type LeverageResult = { ok: true; position: PositionView } | Rejection;

interface EventMeta {
  /** Global, strictly increasing by one per event. */
  seq: number;
  /** Per-market sequence, strictly increasing by one per event of that market; undefined for account-only events. */
  marketSeq: number | undefined;
  time: number;
}

export type EngineEventBody =
  | { type: "order-accepted"; market: string; order: OrderView }
  | {
      type: "order-rejected";
      market: string;
      accountId: string;
      clientId: string | undefined;
      /** Set when an already-accepted conditional order was refused on activation. */
      order: OrderView | undefined;
      reason: EngineRejectReason;
      message: string;
    }
  | { type: "order-updated"; market: string; order: OrderView; change: "modified" | "triggered" }
  | { type: "order-filled"; market: string; order: OrderView; fill: FillView }
  | { type: "order-cancelled"; market: string; order: OrderView; reason: CancelReason }
  | { type: "order-expired"; market: string; order: OrderView }
  | { type: "trade"; market: string; trade: TradeView }
  | { type: "position-changed"; market: string; position: PositionView }
  | {
      type: "balance-changed";
      market: undefined;
      balance: BalanceView;
    }
  | {
      type: "funding-paid";
      market: string;
      accountId: string;
      rate: string;
      positionSize: string;
      markPrice: string;
      /** Positive when the account received funding. */
      payment: string;
    }
  | { type: "mark-price-changed"; market: string; markPrice: string; indexPrice: string }
  | {
      type: "book-changed";
      market: string;
      /** Levels whose aggregated size changed; size "0" removes the level. */
      bids: BookLevel[];
      asks: BookLevel[];
    };

export type EngineEvent = EngineEventBody & EventMeta;
export type EngineEventType = EngineEvent["type"];
export type EngineListener = (event: EngineEvent) => void;
