import type { OrderBookSnapshot } from "../orderbook/types.js";
import type { Readiness } from "../readiness/types.js";
import type { Balance, Position } from "./account.js";
import type { Capabilities } from "./capabilities.js";
import type { AccountEvent } from "./events.js";
import type { FundingRate } from "./funding.js";
import type { Market } from "./market.js";
import type { Order } from "./order.js";
import type {
  CancelAllOrdersRequest,
  CancelOrderRequest,
  PlaceOrderRequest,
  SetLeverageRequest,
} from "./requests.js";
import type { IterateOptions, Listener, Subscription, WatchOptions, WatchStream } from "./subscription.js";

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface StartOptions extends RequestOptions {
  /**
   * Wait until every readiness component is ready before resolving. Default false: `start()`
   * resolves once connections are opened and the initial loads are under way.
   */
  waitUntilReady?: boolean;
  /** With `waitUntilReady`, give up after this many ms (a NotReadyError). */
  timeoutMs?: number;
}

export interface LoadMarketsOptions extends RequestOptions {
  /** Fetch again even when markets are cached. */
  reload?: boolean;
}

export interface FetchOrderBookOptions extends RequestOptions {
  /** Levels per side, where the venue lets you choose. */
  depth?: number;
}

/**
 * One venue connection, the same for every venue. Prices and sizes are decimal strings; ids are
 * strings; timestamps are ms numbers. Every method that sends anything validates its input first
 * (ValidationError). Each `watch*` method has two forms: with a listener it resolves to a
 * Subscription once the venue confirmed it; without one it returns an async iterator.
 */
export interface Perpetual {
  /** Venue id ("extended", "lighter", "vest"). */
  readonly venue: string;
  readonly capabilities: Capabilities;
  /** Which parts of the connection are ready and why the others are not. */
  readonly readiness: Readiness;

  /** Opens connections and starts the initial loads (markets, account snapshots, streams). */
  start(options?: StartOptions): Promise<void>;
  /** Closes every connection and subscription; the instance can be started again. */
  stop(): Promise<void>;

  loadMarkets(options?: LoadMarketsOptions): Promise<Market[]>;

  fetchOrderBook(symbol: string, options?: FetchOrderBookOptions): Promise<OrderBookSnapshot>;
  /** Delivers the whole book after every change; the SDK keeps it in sequence and resyncs it on gaps. */
  watchOrderBook(
    symbol: string,
    listener: Listener<OrderBookSnapshot>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchOrderBook(symbol: string, options?: IterateOptions): WatchStream<OrderBookSnapshot>;

  fetchFunding(symbol: string, options?: RequestOptions): Promise<FundingRate>;
  watchFunding(
    symbol: string,
    listener: Listener<FundingRate>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchFunding(symbol: string, options?: IterateOptions): WatchStream<FundingRate>;

  fetchBalances(options?: RequestOptions): Promise<Balance[]>;
  fetchPositions(options?: RequestOptions & { symbols?: readonly string[] }): Promise<Position[]>;
  fetchOpenOrders(options?: RequestOptions & { symbol?: string }): Promise<Order[]>;

  /**
   * Validates, signs and sends an order. Resolves with the order as tracked: `pending` until the
   * venue acknowledges it, then `open` (or already final). Its later states arrive on `watchAccount`.
   */
  placeOrder(request: PlaceOrderRequest, options?: RequestOptions): Promise<Order>;
  /** Resolves when the venue accepted the cancel; the order's final state arrives on `watchAccount`. */
  cancelOrder(request: CancelOrderRequest, options?: RequestOptions): Promise<void>;
  cancelAllOrders(request?: CancelAllOrdersRequest, options?: RequestOptions): Promise<void>;
  setLeverage(request: SetLeverageRequest, options?: RequestOptions): Promise<void>;

  /** Order, fill, balance and position updates, `resync` markers and unmapped venue messages. */
  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
}
