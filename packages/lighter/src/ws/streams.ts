import {
  type AccountEvent,
  Emitter,
  type FundingRate,
  type IterateOptions,
  type Listener,
  type OrderBookSnapshot,
  type PerpError,
  type SubscribeFn,
  type Subscription,
  ValidationError,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "@perp/core";
import { LighterAccountStream, type LighterAccountStreamOptions } from "./account/account-stream.js";
import { type CandleResolution, lighterChannels } from "./channels.js";
import { LighterWsClient, type LighterWsClientOptions } from "./client.js";
import { type ToFundingRateOptions, toFundingRate } from "./funding.js";
import {
  type LighterCandle,
  type LighterHeight,
  type LighterMarketStats,
  type LighterTicker,
  type LighterTrade,
  parseCandleMessage,
  parseHeightMessage,
  parseMarketStatsMessage,
  parseTickerMessage,
  parseTradesMessage,
} from "./messages/market.js";
import { LighterOrderBookFeed, type LighterOrderBookFeedOptions } from "./order-book-feed.js";

export interface LighterStreamsEvents {
  /** A public frame that could not be read; it is skipped and the stream goes on. */
  error: [error: PerpError];
}

type Watched<T> = Promise<Subscription> | WatchStream<T>;

/**
 * Lighter's streams on one shared connection: order books, trades, best bid/offer, market stats
 * (mark/index price, funding, daily figures), candles, block height and the account stream. Every
 * `watch*` takes a listener (resolving to a Subscription) or returns an async iterator.
 */
export class LighterStreams {
  readonly client: LighterWsClient;
  readonly #events = new Emitter<LighterStreamsEvents>();

  constructor(clientOrOptions: LighterWsClient | LighterWsClientOptions = {}) {
    this.client =
      clientOrOptions instanceof LighterWsClient ? clientOrOptions : new LighterWsClient(clientOrOptions);
  }

  on<K extends keyof LighterStreamsEvents>(
    event: K,
    listener: (...args: LighterStreamsEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** A book feed with its events (book, snapshot, gap, resync, stale); call `start()`. */
  orderBook(marketId: number, options: LighterOrderBookFeedOptions = {}): LighterOrderBookFeed {
    return new LighterOrderBookFeed(this.client, marketId, options);
  }

  /** Book copies after every snapshot and update. */
  watchOrderBook(
    marketId: number,
    listener: Listener<OrderBookSnapshot>,
    options?: WatchOptions & LighterOrderBookFeedOptions,
  ): Promise<Subscription>;
  watchOrderBook(
    marketId: number,
    options?: IterateOptions & LighterOrderBookFeedOptions,
  ): WatchStream<OrderBookSnapshot>;
  watchOrderBook(
    marketId: number,
    listenerOrOptions?: Listener<OrderBookSnapshot> | (IterateOptions & LighterOrderBookFeedOptions),
    watchOptions?: WatchOptions & LighterOrderBookFeedOptions,
  ): Promise<Subscription> | WatchStream<OrderBookSnapshot> {
    const feedOptions = (typeof listenerOrOptions === "function" ? watchOptions : listenerOrOptions) ?? {};
    const subscribe: SubscribeFn<OrderBookSnapshot> = async (listener, { onError }) => {
      const feed = this.orderBook(marketId, feedOptions);
      feed.on("book", listener);
      feed.on("failed", onError);
      await feed.start();
      return { unsubscribe: () => feed.stop() };
    };
    return watchBoth(subscribe, listenerOrOptions, watchOptions, {
      overflow: "drop-oldest",
      name: `order_book/${marketId}`,
    });
  }

  watchTrades(
    marketId: number,
    listener: Listener<LighterTrade>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTrades(marketId: number, options?: IterateOptions): WatchStream<LighterTrade>;
  watchTrades(
    marketId: number,
    a?: Listener<LighterTrade> | IterateOptions,
    b?: WatchOptions,
  ): Watched<LighterTrade> {
    return this.#watch(lighterChannels.trade(marketId), parseTradesMessage, "error", a, b);
  }

  /** Best bid and offer. */
  watchTicker(
    marketId: number,
    listener: Listener<LighterTicker>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTicker(marketId: number, options?: IterateOptions): WatchStream<LighterTicker>;
  watchTicker(
    marketId: number,
    a?: Listener<LighterTicker> | IterateOptions,
    b?: WatchOptions,
  ): Watched<LighterTicker> {
    return this.#watch(
      lighterChannels.ticker(marketId),
      (m) => [parseTickerMessage(m, marketId)],
      "drop-oldest",
      a,
      b,
    );
  }

  /** Mark/index price, open interest, funding and daily figures; one item per market ("all": every market). */
  watchMarketStats(
    marketId: number | "all",
    listener: Listener<LighterMarketStats>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchMarketStats(marketId: number | "all", options?: IterateOptions): WatchStream<LighterMarketStats>;
  watchMarketStats(
    marketId: number | "all",
    a?: Listener<LighterMarketStats> | IterateOptions,
    b?: WatchOptions,
  ): Watched<LighterMarketStats> {
    return this.#watch(
      lighterChannels.marketStats(marketId),
      (m) => parseMarketStatsMessage(m),
      "drop-oldest",
      a,
      b,
    );
  }

  /** Funding rates derived from `market_stats` (see toFundingRate for the unit caveat). */
  watchFunding(
    marketId: number | "all",
    listener: Listener<FundingRate>,
    options?: WatchOptions & ToFundingRateOptions,
  ): Promise<Subscription>;
  watchFunding(
    marketId: number | "all",
    options?: IterateOptions & ToFundingRateOptions,
  ): WatchStream<FundingRate>;
  watchFunding(
    marketId: number | "all",
    a?: Listener<FundingRate> | (IterateOptions & ToFundingRateOptions),
    b?: WatchOptions & ToFundingRateOptions,
  ): Watched<FundingRate> {
    const rateOptions = (typeof a === "function" ? b : a) ?? {};
    const parse = (message: unknown): FundingRate[] =>
      parseMarketStatsMessage(message).flatMap((stats) => {
        const rate = toFundingRate(stats, rateOptions);
        return rate === undefined ? [] : [rate];
      });
    return this.#watch(lighterChannels.marketStats(marketId), parse, "drop-oldest", a, b);
  }

  watchCandles(
    marketId: number,
    resolution: CandleResolution | string,
    listener: Listener<LighterCandle>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchCandles(
    marketId: number,
    resolution: CandleResolution | string,
    options?: IterateOptions,
  ): WatchStream<LighterCandle>;
  watchCandles(
    marketId: number,
    resolution: CandleResolution | string,
    a?: Listener<LighterCandle> | IterateOptions,
    b?: WatchOptions,
  ): Watched<LighterCandle> {
    const parse = (message: unknown) => parseCandleMessage(message, marketId, resolution);
    return this.#watch(lighterChannels.candle(marketId, resolution), parse, "drop-oldest", a, b);
  }

  /** Latest L2 block height. */
  watchHeight(listener: Listener<LighterHeight>, options?: WatchOptions): Promise<Subscription>;
  watchHeight(options?: IterateOptions): WatchStream<LighterHeight>;
  watchHeight(a?: Listener<LighterHeight> | IterateOptions, b?: WatchOptions): Watched<LighterHeight> {
    return this.#watch(lighterChannels.height(), (m) => [parseHeightMessage(m)], "drop-oldest", a, b);
  }

  /** The private account stream (needs `authToken` on the client); call `start()`. */
  account(options: LighterAccountStreamOptions): LighterAccountStream {
    return new LighterAccountStream(this.client, options);
  }

  /** Unified account events (order, fill, balance, position, resync, unknown). */
  watchAccount(
    options: LighterAccountStreamOptions,
    listener: Listener<AccountEvent>,
    watch?: WatchOptions,
  ): Promise<Subscription>;
  watchAccount(options: LighterAccountStreamOptions, iterate?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    options: LighterAccountStreamOptions,
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    watchOptions?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    const subscribe: SubscribeFn<AccountEvent> = async (listener, { onError }) => {
      const stream = this.account(options);
      stream.on("event", listener);
      stream.on("failed", onError);
      await stream.start();
      return { unsubscribe: () => stream.stop() };
    };
    return watchBoth(subscribe, listenerOrOptions, watchOptions, { overflow: "error", name: "account" });
  }

  close(): Promise<void> {
    this.#events.removeAll();
    return this.client.close();
  }

  #watch<T>(
    channel: string,
    parse: (message: unknown) => T[],
    overflow: "error" | "drop-oldest",
    listenerOrOptions: Listener<T> | IterateOptions | undefined,
    watchOptions: WatchOptions | undefined,
  ): Watched<T> {
    const subscribe: SubscribeFn<T> = async (listener, { onError }) => {
      const handle = await this.client.subscribe(
        { channel },
        (message) => {
          let items: T[];
          try {
            items = parse(message);
          } catch (cause) {
            this.#events.emit(
              "error",
              cause instanceof ValidationError
                ? cause
                : new ValidationError(`Unreadable ${channel} frame`, { venue: "lighter", cause }),
            );
            return;
          }
          for (const item of items) listener(item);
        },
        { onError },
      );
      return { unsubscribe: () => handle.unsubscribe() };
    };
    return watchBoth(subscribe, listenerOrOptions, watchOptions, { overflow, name: channel });
  }
}
