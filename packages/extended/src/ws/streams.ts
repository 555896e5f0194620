import {
  type AccountEvent,
  type FundingRate,
  type IterateOptions,
  type Listener,
  type OrderBookSnapshot,
  registerSecret,
  type SubscribeFn,
  type Subscription,
  ValidationError,
  type WatchOptions,
  type WatchStream,
  WebSocketError,
  watchBoth,
} from "@perp/core";
import { DEFAULT_USER_AGENT } from "../rest/client.js";
import { type AccountStreamOptions, ExtendedAccountStream } from "./account/account-stream.js";
import type { ExtendedStreamsOptions } from "./config.js";
import type { BaseStreamEvents, ConnectedStream } from "./connected-stream.js";
import { ExtendedStreamConnection } from "./connection/stream-connection.js";
import type { StreamEnvelope } from "./messages/envelope.js";
import {
  type CandleInterval,
  type CandleType,
  candleDecoder,
  decodeFunding,
  decodeTrades,
  type ExtendedCandle,
  type ExtendedPrice,
  type ExtendedPublicTrade,
  type PriceKind,
  priceDecoder,
} from "./public/decoders.js";
import type { DeltaSizeRule } from "./public/level-sizes.js";
import { ExtendedMarketDataStream, type GapPolicy } from "./public/market-data-stream.js";
import { ExtendedOrderBookStream, type OrderBookDepth } from "./public/order-book-stream.js";
import { type StreamAddress, StreamUrls } from "./urls.js";

export interface OrderBookWatchOptions {
  depth?: OrderBookDepth;
  deltaSizeRule?: DeltaSizeRule;
  resyncOnCrossed?: boolean;
}

type AnyStream = ConnectedStream<BaseStreamEvents>;

interface Shared {
  stream: AnyStream;
  refs: number;
}

/**
 * Extended v1 streams. Factory methods (`orderBook`, `trades`, …, `account`) return a stream the
 * caller starts and closes; `watch*` methods share one socket per stream path between watchers
 * (reference-counted) and come in both forms: with a listener they resolve to a Subscription once
 * the socket is open, without one they return an async iterator.
 *
 * The account stream authenticates with an `X-Api-Key` upgrade header, which browsers cannot send:
 * it is for Node (server-side) use unless `apiKeyTransport: "query"` is verified to work.
 */
export class ExtendedStreams {
  readonly urls: StreamUrls;
  readonly #options: ExtendedStreamsOptions;
  readonly #shared = new Map<string, Shared>();
  #closed = false;

  constructor(options: ExtendedStreamsOptions = {}) {
    this.#options = options;
    this.urls = new StreamUrls(options.network ?? "mainnet", options.streamUrl);
    if (options.apiKey !== undefined) registerSecret(options.apiKey.trim());
  }

  // ── stream factories ──────────────────────────────────────────────────────────────────────

  orderBook(market: string, options: OrderBookWatchOptions = {}): ExtendedOrderBookStream {
    const depth = options.depth ?? "full";
    if (depth !== "full" && depth !== 1) {
      throw new ValidationError(`depth must be "full" or 1, got ${JSON.stringify(depth)}`, {
        issues: [{ path: ["depth"], message: 'expected "full" or 1' }],
      });
    }
    return new ExtendedOrderBookStream(this.#connection(this.urls.orderBook(market, depth)), {
      market,
      depth,
      deltaSizeRule: options.deltaSizeRule,
      resyncOnCrossed: options.resyncOnCrossed,
      readiness: this.#options.readiness,
    });
  }

  /** Public trades of one market, or of all markets when `market` is undefined. */
  trades(market?: string): ExtendedMarketDataStream<ExtendedPublicTrade> {
    return this.#marketData(this.urls.trades(market), "trades", market, "skip", decodeTrades);
  }

  /** Applied hourly funding rates of one market, or of all. */
  funding(market?: string): ExtendedMarketDataStream<FundingRate> {
    return this.#marketData(this.urls.funding(market), "funding", market, "skip", decodeFunding);
  }

  candles(
    market: string,
    candleType: CandleType,
    interval: CandleInterval,
  ): ExtendedMarketDataStream<ExtendedCandle> {
    const address = this.urls.candles(market, candleType, interval);
    return this.#marketData(
      address,
      "candles",
      `${market}/${candleType}/${interval}`,
      "reconnect",
      candleDecoder(market, candleType, interval),
    );
  }

  prices(kind: PriceKind, market: string): ExtendedMarketDataStream<ExtendedPrice> {
    return this.#marketData(
      this.urls.prices(kind, market),
      "prices",
      `${kind}/${market}`,
      "reconnect",
      priceDecoder(kind),
    );
  }

  /** The private account stream; needs `apiKey`. */
  account(options: AccountStreamOptions = {}): ExtendedAccountStream {
    const apiKey = this.#options.apiKey?.trim();
    if (!apiKey) {
      throw new ValidationError("The account stream needs an apiKey", {
        issues: [{ path: ["apiKey"], message: "required for the account stream" }],
      });
    }
    const transport = this.#options.apiKeyTransport ?? "header";
    const address = this.urls.account(apiKey, transport);
    const headers = transport === "header" ? { "X-Api-Key": apiKey } : {};
    return new ExtendedAccountStream(this.#connection(address, headers), {
      ...options,
      readiness: options.readiness ?? this.#options.readiness,
    });
  }

  // ── watch (shared, both forms) ──────────────────────────────────────────────────────────

  /** The whole book after every change; a new watcher of a live book gets the current book at once. */
  watchOrderBook(
    market: string,
    listener: Listener<OrderBookSnapshot>,
    options?: WatchOptions & OrderBookWatchOptions,
  ): Promise<Subscription>;
  watchOrderBook(
    market: string,
    options?: IterateOptions & OrderBookWatchOptions,
  ): WatchStream<OrderBookSnapshot>;
  watchOrderBook(
    market: string,
    listenerOrOptions?: Listener<OrderBookSnapshot> | (IterateOptions & OrderBookWatchOptions),
    options?: WatchOptions & OrderBookWatchOptions,
  ): Promise<Subscription> | WatchStream<OrderBookSnapshot> {
    const bookOptions = (typeof listenerOrOptions === "function" ? options : listenerOrOptions) ?? {};
    const depth = bookOptions.depth ?? "full";
    const key = this.urls.orderBook(market, depth).path;
    const subscribe: SubscribeFn<OrderBookSnapshot> = (listener, { onError }) =>
      this.#watch(
        key,
        () => this.orderBook(market, bookOptions),
        (stream) => {
          const book = stream as unknown as ExtendedOrderBookStream;
          const current = book.snapshot();
          if (current !== undefined) listener(current);
          return [book.on("book", listener), book.on("failed", onError)];
        },
      );
    return watchBoth(subscribe, listenerOrOptions, options, { overflow: "drop-oldest", name: key });
  }

  watchTrades(
    market: string | undefined,
    listener: Listener<ExtendedPublicTrade>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTrades(market?: string, options?: IterateOptions): WatchStream<ExtendedPublicTrade>;
  watchTrades(
    market?: string,
    listenerOrOptions?: Listener<ExtendedPublicTrade> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<ExtendedPublicTrade> {
    const key = this.urls.trades(market).path;
    return this.#watchData(key, () => this.trades(market), listenerOrOptions, options, "error");
  }

  watchFunding(
    market: string | undefined,
    listener: Listener<FundingRate>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchFunding(market?: string, options?: IterateOptions): WatchStream<FundingRate>;
  watchFunding(
    market?: string,
    listenerOrOptions?: Listener<FundingRate> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<FundingRate> {
    const key = this.urls.funding(market).path;
    return this.#watchData(key, () => this.funding(market), listenerOrOptions, options, "drop-oldest");
  }

  watchCandles(
    market: string,
    candleType: CandleType,
    interval: CandleInterval,
    listener: Listener<ExtendedCandle>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchCandles(
    market: string,
    candleType: CandleType,
    interval: CandleInterval,
    options?: IterateOptions,
  ): WatchStream<ExtendedCandle>;
  watchCandles(
    market: string,
    candleType: CandleType,
    interval: CandleInterval,
    listenerOrOptions?: Listener<ExtendedCandle> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<ExtendedCandle> {
    const key = this.urls.candles(market, candleType, interval).path;
    return this.#watchData(
      key,
      () => this.candles(market, candleType, interval),
      listenerOrOptions,
      options,
      "drop-oldest",
    );
  }

  /** Mark (`kind: "mark"`) or index prices of one market. */
  watchPrices(
    kind: PriceKind,
    market: string,
    listener: Listener<ExtendedPrice>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchPrices(kind: PriceKind, market: string, options?: IterateOptions): WatchStream<ExtendedPrice>;
  watchPrices(
    kind: PriceKind,
    market: string,
    listenerOrOptions?: Listener<ExtendedPrice> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<ExtendedPrice> {
    const key = this.urls.prices(kind, market).path;
    return this.#watchData(key, () => this.prices(kind, market), listenerOrOptions, options, "drop-oldest");
  }

  /**
   * Account events (order, fill, balance, position, resync, unknown) from one shared account
   * stream. For the reconciliation hook and the account state use `account()` directly.
   */
  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    const key = "/account";
    const subscribe: SubscribeFn<AccountEvent> = (listener, { onError }) =>
      this.#watch(
        key,
        () => this.account(),
        (stream) => {
          const account = stream as unknown as ExtendedAccountStream;
          return [account.on("event", listener), account.on("failed", onError)];
        },
      );
    return watchBoth(subscribe, listenerOrOptions, options, { overflow: "error", name: key });
  }

  /** Closes every shared stream (streams from the factories are closed by their owners). */
  async close(): Promise<void> {
    this.#closed = true;
    const shared = [...this.#shared.values()];
    this.#shared.clear();
    await Promise.all(shared.map((s) => s.stream.close()));
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  #connection(address: StreamAddress, extraHeaders: Record<string, string> = {}): ExtendedStreamConnection {
    const o = this.#options;
    return new ExtendedStreamConnection({
      name: address.path,
      url: address.url,
      headers: { "User-Agent": o.userAgent ?? DEFAULT_USER_AGENT, ...extraHeaders },
      WebSocketImpl: o.WebSocketImpl,
      heartbeatIntervalMs: o.heartbeatIntervalMs,
      staleAfterMs: o.staleAfterMs,
      connectTimeoutMs: o.connectTimeoutMs,
      reconnect: o.reconnect,
      random: o.random,
    });
  }

  #marketData<T>(
    address: StreamAddress,
    component: string,
    part: string | undefined,
    gapPolicy: GapPolicy,
    decode: (envelope: StreamEnvelope) => T[],
  ): ExtendedMarketDataStream<T> {
    return new ExtendedMarketDataStream<T>(this.#connection(address), {
      component,
      part: part ?? "all",
      gapPolicy,
      decode,
      readiness: this.#options.readiness,
    });
  }

  #watchData<T>(
    key: string,
    create: () => ExtendedMarketDataStream<T>,
    listenerOrOptions: Listener<T> | IterateOptions | undefined,
    options: WatchOptions | undefined,
    overflow: "error" | "drop-oldest",
  ): Promise<Subscription> | WatchStream<T> {
    const subscribe: SubscribeFn<T> = (listener, { onError }) =>
      this.#watch(key, create, (stream) => {
        const data = stream as unknown as ExtendedMarketDataStream<T>;
        return [data.on("data", listener), data.on("failed", onError)];
      });
    return watchBoth(subscribe, listenerOrOptions, options, { overflow, name: key });
  }

  /** Attaches a watcher to the shared stream of `key`, creating and starting it for the first one. */
  async #watch(
    key: string,
    create: () => unknown,
    attach: (stream: AnyStream) => (() => void)[],
  ): Promise<Subscription> {
    if (this.#closed) throw new WebSocketError("These Extended streams were closed", { venue: "extended" });
    let shared = this.#shared.get(key);
    if (shared === undefined) {
      shared = { stream: create() as AnyStream, refs: 0 };
      this.#shared.set(key, shared);
    }
    const entry = shared;
    entry.refs += 1;
    const offs = attach(entry.stream);
    let released = false;
    const release = async (): Promise<void> => {
      if (released) return;
      released = true;
      for (const off of offs) off();
      entry.refs -= 1;
      if (entry.refs === 0 && this.#shared.get(key) === entry) {
        this.#shared.delete(key);
        await entry.stream.close();
      }
    };
    try {
      await entry.stream.start();
    } catch (error) {
      await release();
      throw error;
    }
    return { unsubscribe: release };
  }
}
