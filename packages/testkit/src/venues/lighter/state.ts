import type { OrderView, TradeView } from "../../engine/index.js";
import type { LighterMarketConfig } from "./markets.js";

/** One registered API key: its public key and the nonce its next transaction must carry. */
export interface ApiKeyState {
  publicKey: string;
  nextNonce: bigint;
  /** µs of the last change (Lighter's `transaction_time`). */
  transactionTime: number;
}

export interface WithdrawRecord {
  readonly id: string;
  readonly amount: string;
  readonly timestamp: number;
  readonly txHash: string;
}

export interface TransferRecord {
  readonly id: string;
  readonly amount: string;
  readonly fromAccountIndex: bigint;
  readonly toAccountIndex: bigint;
  readonly timestamp: number;
  readonly txHash: string;
}

export interface PositionFundingRecord {
  readonly timestamp: number;
  readonly marketId: number;
  readonly fundingId: number;
  readonly change: string;
  readonly rate: string;
  readonly positionSize: string;
  readonly positionSide: "long" | "short";
}

export interface LighterAccount {
  readonly index: bigint;
  /** The engine's account id (the decimal account index). */
  readonly engineId: string;
  readonly l1Address: string;
  readonly apiKeys: Map<number, ApiKeyState>;
  readonly createdAt: number;
  /** Finished orders, oldest first (engine ids). */
  readonly inactiveOrders: string[];
  /** Trades of this account, oldest first. */
  readonly trades: TradeRecord[];
  readonly txs: TxRecord[];
  readonly withdrawals: WithdrawRecord[];
  readonly transfers: TransferRecord[];
  readonly deposits: WithdrawRecord[];
  readonly fundings: PositionFundingRecord[];
  /** Initial margin fraction per market id, once set by UpdateLeverage. */
  readonly marginFractions: Map<number, number>;
  /** A scheduled cancel-all (ms), set by CancelAllOrders time-in-force 1. */
  cancelAllTime: number;
  volumeQuota: number;
}

/** What Lighter adds to an engine order: integers of the signed tx and its own enums. */
export interface OrderMeta {
  readonly orderIndex: bigint;
  readonly clientOrderIndex: bigint;
  readonly marketId: number;
  readonly accountIndex: bigint;
  readonly type: string;
  readonly timeInForce: string;
  readonly orderExpiry: number;
  readonly nonce: bigint;
  readonly triggerPrice: string;
  readonly txHash: string;
  readonly blockHeight: number;
  /** Lighter's status once the order has finished (e.g. "canceled-post-only"). */
  finalStatus: string | undefined;
  filledQuote: string;
  view: OrderView;
}

export interface TradeRecord {
  readonly trade: TradeView;
  readonly marketId: number;
  readonly txHash: string;
  readonly blockHeight: number;
  readonly askId: bigint;
  readonly bidId: bigint;
  readonly askClientId: bigint;
  readonly bidClientId: bigint;
  readonly askAccountId: bigint;
  readonly bidAccountId: bigint;
  readonly isMakerAsk: boolean;
  readonly takerFeeTicks: number;
  readonly makerFeeTicks: number;
}

export interface TxRecord {
  readonly hash: string;
  readonly type: number;
  readonly info: string;
  eventInfo: string;
  /** 3 executed, 4 failed (Lighter's TX_STATUS_*). */
  status: number;
  readonly accountIndex: bigint;
  readonly apiKeyIndex: number;
  readonly nonce: bigint;
  readonly expireAt: number;
  readonly blockHeight: number;
  readonly sequenceIndex: number;
  readonly l1Address: string;
  /** ms. */
  readonly time: number;
}

export interface FundingRecord {
  /** Seconds. */
  readonly timestamp: number;
  readonly rate: string;
  readonly value: string;
}

export interface LighterMarket {
  readonly config: LighterMarketConfig;
  /** Order-book nonce: every book change moves it by one; updates carry begin_nonce = previous nonce. */
  bookNonce: bigint;
  readonly trades: TradeRecord[];
  readonly fundings: FundingRecord[];
  nextFundingAt: number;
}

/** Keeps `list` at most `limit` long by dropping its oldest entries. */
export function pushCapped<T>(list: T[], item: T, limit: number): void {
  list.push(item);
  if (list.length > limit) list.splice(0, list.length - limit);
}
