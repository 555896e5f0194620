import {
  Emitter,
  type FundingRate,
  type IterateOptions,
  type Listener,
  type OrderBookSnapshot,
  PerpError,
  type ReadinessTracker,
  type Subscription,
  type SubscriptionHandle,
  type WatchOptions,
  type WatchStream,
  WebSocketError,
  type WsState,
  type WsTransport,
  watchBoth,
} from "@perp/core";
import type { VestInterval } from "../../schemas/primitives.js";
import type { VestChannel } from "../channels.js";
import { applyClosePolicy, createVestTransport, VEST_VENUE, type VestSocketOptions } from "../connection.js";
import { type VestWsEndpointOptions, vestWsUrl } from "../endpoints.js";
import { classifyFrame } from "../messages/control.js";
import { klineFrame, parsePayload, tickersFrame, tradesFrame } from "../messages/public.js";
import { VestOrderBookStream } from "./order-book-stream.js";
import { toCandle, toFunding, toTicker, toTrade } from "./payloads.js";
import type {
  BookResyncEvent,
  VestStreamCandle,
  VestStreamTicker,
  VestStreamTrade,
  VestTopOfBook,
} from "./types.js";

export interface VestMarketStreamOptions extends VestWsEndpointOptions, VestSocketOptions {
  /**
   * A book whose feed is silent this long is marked stale (resync started) and resubscribed.
   * Vest re-quotes several times a second; clients use 5–30 s. Default 15 s.
   */
  bookStaleAfterMs?: number;
  /** When given, book snapshots and resyncs are reported to it (component "orderBooks", part = symbol). */
  readiness?: ReadinessTracker;
  now?: () => number;
}

export interface VestMarketStreamEvents {
  open: [];
  close: [code: number, reason: string];
  reconnecting: [attempt: number, delayMs: number];
  /** Reconnected and every subscription acknowledged again. */
  reconnected: [];
  error: [error: PerpError];
  /** A book snapshot was applied (readiness evidence "snapshot"). */
  book: [snapshot: OrderBookSnapshot];
  resync: [event: BookResyncEvent];
  /** A frame that is neither data, an ack nor a pong (the docs say: log it). */
  unexpected: [message: unknown];
}

interface BookEntry {
  stream: VestOrderBookStream;
  subscribing: Promise<SubscriptionHandle>;
  handle: SubscriptionHandle | undefined;
  consumers: number;
  errorHandlers: Set<(error: unknown) => void>;
  detach: (() => void)[];
  lastNudge: number;
}

type WatchArgs<T> = [listenerOrOptions?: Listener<T> | IterateOptions, options?: WatchOptions];

/**
 * Vest's public market data on one socket: order books (full depth, and best bid/ask derived from
 * it), trades, klines, and the all-symbol tickers channel (mark/index prices, hourly funding).
 * Every `watch*` has a callback form (resolves to a Subscription once the venue acknowledged it)
 * and an async-iterator form. Reconnects resubscribe everything and put every book in resync.
 */
export class VestMarketStream {
  readonly #options: VestMarketStreamOptions;
  readonly #transport: WsTransport<VestChannel>;
  readonly #events: Emitter<VestMarketStreamEvents>;
  readonly #now: () => number;
  readonly #books = new Map<string, BookEntry>();
  readonly #errorHandlers = new Set<(error: unknown) => void>();
  #watchdog: ReturnType<typeof setInterval> | undefined;
  #closed = false;

  constructor(options: VestMarketStreamOptions = {}) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#events = new Emitter<VestMarketStreamEvents>((cause, event) => {
      if (event !== "error")
        this.#report(new WebSocketError(`A "${String(event)}" listener threw`, { cause }));
    });
    this.#transport = createVestTransport(vestWsUrl(options), options);
    const t = this.#transport;
    t.on("open", () => this.#events.emit("open"));
    t.on("reconnecting", (attempt, delayMs) => this.#events.emit("reconnecting", attempt, delayMs));
    t.on("reconnected", () => this.#events.emit("reconnected"));
    t.on("error", (error) => this.#report(error));
    t.on("close", (code, reason) => {
      this.#events.emit("close", code, reason);
      if (this.#closed) return;
      for (const entry of this.#books.values()) entry.stream.beginResync("reconnect");
    });
    t.on("message", (message) => this.#onControl(message));
    applyClosePolicy(t, { onFatal: (error) => this.#onFatal(error) });
  }

  get state(): WsState {
    return this.#transport.state;
  }

  on<K extends keyof VestMarketStreamEvents>(
    event: K,
    listener: (...args: VestMarketStreamEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Opens the socket (subscribing does it too). Rejects only on close() or abort. */
  connect(signal?: AbortSignal): Promise<void> {
    return this.#transport.connect(signal);
  }

  /** Ends every subscription and iterator, clears every timer and closes the socket. Idempotent. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopWatchdog();
    for (const [symbol, entry] of this.#books) this.#releaseBook(symbol, entry);
    this.#books.clear();
    await this.#transport.close();
  }

  /** The current book of a watched market (a copy); undefined before its first snapshot. */
  orderBook(symbol: string): OrderBookSnapshot | undefined {
    return this.#books.get(symbol)?.stream.snapshot();
  }

  /** The maintained book of a watched market, with its own `book` / `resync` / `status` events. */
  orderBookStream(symbol: string): VestOrderBookStream | undefined {
    return this.#books.get(symbol)?.stream;
  }

  /** Full book after every frame (each frame replaces it). Iterators drop the oldest when behind. */
  watchOrderBook(
    symbol: string,
    listener: Listener<OrderBookSnapshot>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchOrderBook(symbol: string, options?: IterateOptions): WatchStream<OrderBookSnapshot>;
  watchOrderBook(
    symbol: string,
    ...args: WatchArgs<OrderBookSnapshot>
  ): Promise<Subscription> | WatchStream<OrderBookSnapshot> {
    return watchBoth<OrderBookSnapshot>(
      (listener, { onError }) => this.#subscribeBook(symbol, listener, onError),
      args[0],
      args[1],
      { overflow: "drop-oldest", name: `${symbol}@depth` },
    );
  }

  /** Best bid and ask after every book frame (derived: Vest has no top-of-book channel). */
  watchTopOfBook(
    symbol: string,
    listener: Listener<VestTopOfBook>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTopOfBook(symbol: string, options?: IterateOptions): WatchStream<VestTopOfBook>;
  watchTopOfBook(
    symbol: string,
    ...args: WatchArgs<VestTopOfBook>
  ): Promise<Subscription> | WatchStream<VestTopOfBook> {
    return watchBoth<VestTopOfBook>(
      (listener, { onError }) =>
        this.#subscribeBook(
          symbol,
          (book) =>
            listener({
              symbol: book.symbol,
              bid: book.bids[0],
              ask: book.asks[0],
              timestamp: book.timestamp,
            }),
          onError,
        ),
      args[0],
      args[1],
      { overflow: "drop-oldest", name: `${symbol}@depth (top)` },
    );
  }

  watchTrades(
    symbol: string,
    listener: Listener<VestStreamTrade>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTrades(symbol: string, options?: IterateOptions): WatchStream<VestStreamTrade>;
  watchTrades(
    symbol: string,
    ...args: WatchArgs<VestStreamTrade>
  ): Promise<Subscription> | WatchStream<VestStreamTrade> {
    const channel: VestChannel = { kind: "trades", symbol };
    return watchBoth<VestStreamTrade>(
      (listener, { onError }) =>
        this.#watchChannel(channel, listener, onError, (data, name, receivedAt) => {
          const parsed = parsePayload(tradesFrame, data, name);
          return (Array.isArray(parsed) ? parsed : [parsed]).map((t) => toTrade(symbol, t, receivedAt));
        }),
      args[0],
      args[1],
      { name: `${symbol}@trades` },
    );
  }

  watchCandles(
    symbol: string,
    interval: VestInterval,
    listener: Listener<VestStreamCandle>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchCandles(
    symbol: string,
    interval: VestInterval,
    options?: IterateOptions,
  ): WatchStream<VestStreamCandle>;
  watchCandles(
    symbol: string,
    interval: VestInterval,
    ...args: WatchArgs<VestStreamCandle>
  ): Promise<Subscription> | WatchStream<VestStreamCandle> {
    const channel: VestChannel = { kind: "kline", symbol, interval };
    return watchBoth<VestStreamCandle>(
      (listener, { onError }) =>
        this.#watchChannel(channel, listener, onError, (data, name, receivedAt) => [
          toCandle(symbol, interval, parsePayload(klineFrame, data, name), data, receivedAt),
        ]),
      args[0],
      args[1],
      { name: `${symbol}@kline_${interval}` },
    );
  }

  /** Every symbol's ticker, one array per message. */
  watchTickers(listener: Listener<VestStreamTicker[]>, options?: WatchOptions): Promise<Subscription>;
  watchTickers(options?: IterateOptions): WatchStream<VestStreamTicker[]>;
  watchTickers(
    ...args: WatchArgs<VestStreamTicker[]>
  ): Promise<Subscription> | WatchStream<VestStreamTicker[]> {
    return watchBoth<VestStreamTicker[]>(
      (listener, { onError }) =>
        this.#watchChannel({ kind: "tickers" }, listener, onError, (data, name, receivedAt) => [
          parsePayload(tickersFrame, data, name).map((row) => toTicker(row, receivedAt)),
        ]),
      args[0],
      args[1],
      { overflow: "drop-oldest", name: "tickers" },
    );
  }

  /** One symbol's ticker (mark/index prices, funding), from the tickers channel. */
  watchTicker(
    symbol: string,
    listener: Listener<VestStreamTicker>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchTicker(symbol: string, options?: IterateOptions): WatchStream<VestStreamTicker>;
  watchTicker(
    symbol: string,
    ...args: WatchArgs<VestStreamTicker>
  ): Promise<Subscription> | WatchStream<VestStreamTicker> {
    return watchBoth<VestStreamTicker>(
      (listener, { onError }) => this.#watchSymbolTicker(symbol, listener, onError),
      args[0],
      args[1],
      { overflow: "drop-oldest", name: `tickers (${symbol})` },
    );
  }

  /** One symbol's hourly funding rate with mark and index prices, as core's FundingRate. */
  watchFunding(
    symbol: string,
    listener: Listener<FundingRate>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchFunding(symbol: string, options?: IterateOptions): WatchStream<FundingRate>;
  watchFunding(
    symbol: string,
    ...args: WatchArgs<FundingRate>
  ): Promise<Subscription> | WatchStream<FundingRate> {
    return watchBoth<FundingRate>(
      (listener, { onError }) =>
        this.#watchSymbolTicker(symbol, (ticker) => listener(toFunding(ticker)), onError),
      args[0],
      args[1],
      { overflow: "drop-oldest", name: `funding (${symbol})` },
    );
  }

  // ── subscriptions ───────────────────────────────────────────────────────────────────────

  #watchSymbolTicker(
    symbol: string,
    listener: Listener<VestStreamTicker>,
    onError: (error: unknown) => void,
  ): Promise<Subscription> {
    return this.#watchChannel({ kind: "tickers" }, listener, onError, (data, name, receivedAt) =>
      parsePayload(tickersFrame, data, name)
        .filter((row) => row.symbol === symbol)
        .map((row) => toTicker(row, receivedAt)),
    );
  }

  async #watchChannel<T>(
    channel: VestChannel,
    listener: Listener<T>,
    onError: (error: unknown) => void,
    read: (data: unknown, channelName: string, receivedAt: number) => T[],
  ): Promise<Subscription> {
    this.#assertOpen();
    // One closure per watcher (watchers without their own onError share a default function);
    // a refusal before the ack reaches the watcher as the rejection only.
    let established = false;
    const fail = (error: unknown): void => {
      if (established) onError(error);
    };
    this.#errorHandlers.add(fail);
    let handle: SubscriptionHandle;
    try {
      handle = await this.#transport.subscribe(
        channel,
        (message) => {
          const frame = classifyFrame(message);
          if (frame.type !== "data") return;
          let items: T[];
          try {
            items = read(frame.data, frame.channel, this.#now());
          } catch (error) {
            this.#report(asPerpError(error));
            return;
          }
          for (const item of items) listener(item);
        },
        { onError: fail },
      );
    } catch (error) {
      this.#errorHandlers.delete(fail);
      throw error;
    }
    established = true;
    return {
      unsubscribe: async () => {
        this.#errorHandlers.delete(fail);
        await handle.unsubscribe();
      },
    };
  }

  async #subscribeBook(
    symbol: string,
    listener: Listener<OrderBookSnapshot>,
    onError: (error: unknown) => void,
  ): Promise<Subscription> {
    this.#assertOpen();
    const entry = this.#books.get(symbol) ?? this.#openBook(symbol);
    entry.consumers += 1;
    let established = false;
    const fail = (error: unknown): void => {
      if (established) onError(error);
    };
    entry.errorHandlers.add(fail);
    let delivered = false;
    const off = entry.stream.on("book", (book) => {
      delivered = true;
      listener(book);
    });
    const release = async (): Promise<void> => {
      off();
      if (!entry.errorHandlers.delete(fail)) return;
      entry.consumers -= 1;
      if (entry.consumers > 0 || this.#books.get(symbol) !== entry) return;
      this.#books.delete(symbol);
      this.#releaseBook(symbol, entry);
      if (this.#books.size === 0) this.#stopWatchdog();
      const handle = await entry.subscribing.catch(() => undefined);
      await handle?.unsubscribe();
    };
    try {
      entry.handle = await entry.subscribing;
    } catch (error) {
      await release();
      throw error;
    }
    // A second watcher of a live book starts from the current state instead of the next frame.
    established = true;
    const current = delivered || entry.stream.resyncing ? undefined : entry.stream.snapshot();
    if (current !== undefined) listener(current);
    return { unsubscribe: release };
  }

  #openBook(symbol: string): BookEntry {
    const stream = new VestOrderBookStream(symbol, { now: this.#now });
    const readiness = this.#options.readiness;
    const entry: BookEntry = {
      stream,
      subscribing: undefined as unknown as Promise<SubscriptionHandle>,
      handle: undefined,
      consumers: 0,
      errorHandlers: new Set(),
      detach: [],
      lastNudge: this.#now(),
    };
    entry.detach.push(
      stream.on("book", (snapshot) => {
        readiness?.markReady("orderBooks", symbol, { evidence: "snapshot" });
        this.#events.emit("book", snapshot);
      }),
      stream.on("resync", (event) => {
        if (event.phase === "started") {
          readiness?.markStale("orderBooks", `${symbol} book resyncing (${event.reason})`, symbol);
        }
        this.#events.emit("resync", event);
      }),
      stream.on("error", (error) => this.#report(error)),
    );
    if (readiness !== undefined) {
      readiness.register("orderBooks");
      readiness.registerPart("orderBooks", symbol, `waiting for the first ${symbol} book snapshot`);
    }
    entry.subscribing = this.#transport.subscribe(
      { kind: "depth", symbol },
      (message) => {
        const frame = classifyFrame(message);
        if (frame.type === "data") stream.push(frame.data, this.#now());
      },
      {
        onError: (error) => {
          if (this.#books.get(symbol) === entry) {
            this.#books.delete(symbol);
            this.#releaseBook(symbol, entry);
          }
          readiness?.markFailed("orderBooks", error, symbol);
          for (const handler of [...entry.errorHandlers]) handler(error);
        },
      },
    );
    entry.subscribing.catch(() => {});
    this.#books.set(symbol, entry);
    this.#startWatchdog();
    return entry;
  }

  #releaseBook(symbol: string, entry: BookEntry): void {
    for (const detach of entry.detach.splice(0)) detach();
    if (!this.#closed) this.#options.readiness?.removePart("orderBooks", symbol);
  }

  // ── staleness ───────────────────────────────────────────────────────────────────────────

  #startWatchdog(): void {
    if (this.#watchdog !== undefined) return;
    const staleAfterMs = this.#options.bookStaleAfterMs ?? 15_000;
    const tickMs = Math.max(20, Math.min(1000, Math.floor(staleAfterMs / 4)));
    this.#watchdog = setInterval(() => this.#checkStale(staleAfterMs), tickMs);
  }

  #stopWatchdog(): void {
    if (this.#watchdog !== undefined) clearInterval(this.#watchdog);
    this.#watchdog = undefined;
  }

  #checkStale(staleAfterMs: number): void {
    if (this.#transport.state !== "open") return;
    const now = this.#now();
    for (const entry of this.#books.values()) {
      const { stream, handle } = entry;
      if (handle === undefined) continue;
      if (now - Math.max(stream.lastFrameAt, entry.lastNudge) <= staleAfterMs) continue;
      if (stream.snapshot() !== undefined) stream.beginResync("stale");
      entry.lastNudge = now;
      // The venue re-sends the book only while subscribed: re-subscribing is the one nudge there is.
      handle.resubscribe().catch((error: unknown) => this.#report(asPerpError(error)));
    }
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  #onControl(message: unknown): void {
    const frame = classifyFrame(message);
    if (frame.type === "other") this.#events.emit("unexpected", message);
    else if (frame.type === "refusal" && frame.id === undefined) {
      this.#report(new WebSocketError(`Vest error frame: ${frame.reason}`, { venue: VEST_VENUE }));
    }
  }

  #onFatal(error: WebSocketError): void {
    this.#closed = true;
    this.#stopWatchdog();
    this.#report(error);
    const handlers = [...this.#errorHandlers];
    for (const entry of this.#books.values()) handlers.push(...entry.errorHandlers);
    for (const [symbol, entry] of this.#books) {
      this.#releaseBook(symbol, entry);
      this.#options.readiness?.markFailed("orderBooks", error, symbol);
    }
    this.#books.clear();
    this.#errorHandlers.clear();
    for (const handler of handlers) handler(error);
  }

  #assertOpen(): void {
    if (this.#closed) throw new WebSocketError("The Vest market stream is closed", { venue: VEST_VENUE });
  }

  #report(error: PerpError): void {
    this.#events.emit("error", error);
  }
}

function asPerpError(error: unknown): PerpError {
  return error instanceof PerpError
    ? error
    : new WebSocketError("Vest market stream failure", { venue: VEST_VENUE, cause: error });
}
