import type { OrderView } from "../../engine/index.js";

/** Venue-level facts about an order that the engine does not model. */
export interface OrderMeta {
  externalId: string;
  type: "LIMIT" | "MARKET" | "CONDITIONAL";
  timeInForce: "GTT" | "IOC";
  expiryEpochMillis: number;
  /** Max fee rate the order accepted (the `fee` field). */
  feeRate: string;
  selfTradeProtectionLevel: "DISABLED" | "ACCOUNT" | "CLIENT";
  trigger:
    | {
        triggerPrice: string;
        triggerPriceType: "LAST" | "MARK" | "INDEX";
        direction: "UP" | "DOWN";
        executionPriceType: "LIMIT" | "MARKET";
      }
    | undefined;
}

/** The latest known state of an account's order: the engine view plus venue metadata. */
export interface OrderRecord {
  view: OrderView;
  meta: OrderMeta;
  accountId: number;
  /** Σ fees of its fills (decimal text, full precision). */
  paidFee: string;
  statusReason: string | undefined;
}

export interface AccountTradeRecord {
  id: string;
  accountId: number;
  market: string;
  orderId: string;
  externalOrderId: string | undefined;
  side: "BUY" | "SELL";
  price: string;
  qty: string;
  fee: string;
  isTaker: boolean;
  createdTime: number;
}

export interface FundingPaymentRecord {
  id: bigint;
  accountId: number;
  market: string;
  positionId: bigint;
  side: "LONG" | "SHORT";
  size: string;
  markPrice: string;
  /** Received (positive) or paid (negative). */
  payment: string;
  rate: string;
  paidTime: number;
}

export interface MarketFundingRecord {
  market: string;
  time: number;
  rate: string;
}

export interface AssetOperationRecord {
  id: string;
  type: "DEPOSIT" | "WITHDRAWAL" | "TRANSFER" | "CLAIM";
  status: "COMPLETED";
  /** Signed: negative when collateral leaves the account. */
  amount: string;
  fee: string;
  time: number;
  accountId: number;
  counterpartyAccountId: number | undefined;
}

/** One position lifecycle, from opening to flat. */
export interface PositionLifecycle {
  id: bigint;
  accountId: number;
  market: string;
  side: "LONG" | "SHORT";
  leverage: string;
  size: string;
  maxPositionSize: string;
  openPrice: string;
  exitPrice: string | undefined;
  /** Realized PnL of the market when the lifecycle began, to report this lifecycle's share. */
  realizedAtOpen: string;
  realisedPnl: string;
  createdTime: number;
  updatedTime: number;
  closedTime: number | undefined;
}
