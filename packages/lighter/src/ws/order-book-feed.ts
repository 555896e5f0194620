import {
  Emitter,
  OrderBook,
  type OrderBookSnapshot,
  PerpError,
  type SequencedStatus,
  SequencedStream,
  type SequenceGapError,
  type SubscriptionHandle,
  ValidationError,
  WebSocketError,
} from "@perp/core";
import { lighterChannels } from "./channels.js";
import type { LighterWsClient } from "./client.js";
import { type LighterOrderBookMessage, parseOrderBookMessage } from "./messages/order-book.js";
import type { ReadinessSink, StreamResyncEvent } from "./readiness.js";

export interface LighterOrderBookFeedOptions {
  /** Name of the book in snapshots and readiness parts; default the market id. */
  symbol?: string;
  /** Levels per side in `book` events; default the whole book. */
  depth?: number;
  /** Treat a crossed book (best bid >= best ask) as lost sync and resubscribe. Default true. */
  resyncOnCrossed?: boolean;
  /** Server-side batching (`flush_interval`, ms) [third-party, undocumented]. */
  flushIntervalMs?: number;
  /** When given: `orderBooks` / part `symbol` is marked ready on each snapshot, stale on resync. */
  readiness?: ReadinessSink;
}

export interface LighterOrderBookEvents {
  /** The book after every applied snapshot or update (a copy, `depth` levels per side). */
  book: [book: OrderBookSnapshot];
  /** A full snapshot was applied: readiness evidence for this book. */
  snapshot: [book: OrderBookSnapshot];
  /** An update did not follow the last applied nonce; a resync follows. */
  gap: [error: SequenceGapError];
  resync: [event: StreamResyncEvent];
  /** The book is not current (socket closed, resync under way); it is ready again on `snapshot`. */
  stale: [reason: string];
  /** Non-fatal problems (a malformed frame, a crossed book); the feed recovers by resyncing. */
  error: [error: PerpError];
  /** The subscription ended for good (refused by the venue, not acknowledged). */
  failed: [error: PerpError];
}

/**
 * One market's L2 book from `order_book/{MARKET}`: the `subscribed/order_book` snapshot, then
 * updates of absolute level sizes (zero removes). Continuity is `begin_nonce` == the previous
 * frame's `nonce` (never `offset`, which is not contiguous); duplicates and older frames are
 * dropped; on a gap the feed unsubscribes and subscribes again for a fresh snapshot (a second
 * subscribe without the unsubscribe is refused with 30003). After a reconnect the transport's
 * resubscription brings the fresh snapshot.
 */
export class LighterOrderBookFeed {
  readonly marketId: number;
  readonly symbol: string;
  readonly #client: LighterWsClient;
  readonly #options: LighterOrderBookFeedOptions;
  readonly #book: OrderBook;
  readonly #stream: SequencedStream<OrderBook, LighterOrderBookMessage>;
  readonly #events = new Emitter<LighterOrderBookEvents>();
  #handle: SubscriptionHandle | undefined;
  #starting: Promise<void> | undefined;
  /** Set while a resync is under way: the reason reported when it started. */
  #resyncReason: string | undefined;
  /** Why SequencedStream is about to ask for a resync, when it is not a gap. */
  #nextReason: string | undefined;
  #offClose: (() => void) | undefined;
  #stopped = false;

  constructor(client: LighterWsClient, marketId: number, options: LighterOrderBookFeedOptions = {}) {
    lighterChannels.orderBook(marketId);
    this.#client = client;
    this.marketId = marketId;
    this.symbol = options.symbol ?? String(marketId);
    this.#options = options;
    this.#book = new OrderBook(this.symbol);
    this.#stream = new SequencedStream<OrderBook, LighterOrderBookMessage>({
      name: `lighter order_book/${marketId}`,
      rule: {
        sequence: (message) => message.nonce,
        previous: (message) => message.beginNonce,
        isSnapshot: (message) => message.snapshot,
      },
      fromSnapshot: (message) => {
        this.#book.applySnapshot({
          bids: message.bids,
          asks: message.asks,
          sequence: message.nonce,
          timestamp: message.timestamp,
        });
        return this.#book;
      },
      applyUpdate: (book, message) => {
        const outcome = book.applyDelta({
          bids: message.bids,
          asks: message.asks,
          sequence: message.nonce,
          timestamp: message.timestamp,
        });
        if (outcome === "crossed" && (this.#options.resyncOnCrossed ?? true)) {
          const crossed = book.crossed();
          throw new ValidationError(
            `Book ${this.symbol} crossed (bid ${crossed?.bestBid.price} >= ask ${crossed?.bestAsk.price})`,
            { venue: "lighter" },
          );
        }
        return book;
      },
      resync: () => {
        const reason = this.#nextReason ?? "sequence gap";
        this.#nextReason = undefined;
        return this.#resubscribe(reason);
      },
    });
    this.#stream.on("snapshot", () => this.#onSnapshot());
    this.#stream.on("update", () => this.#events.emit("book", this.#copy()));
    this.#stream.on("gap", (error) => this.#events.emit("gap", error));
    this.#stream.on("error", (error) => {
      if (error.cause instanceof ValidationError && / crossed /.test(error.cause.message)) {
        this.#nextReason = "crossed book";
      }
      this.#events.emit("error", error);
    });
  }

  /** The live book (same instance across resyncs). Check `status === "live"` before trusting it. */
  get book(): OrderBook {
    return this.#book;
  }

  get status(): SequencedStatus {
    return this.#stream.status;
  }

  on<K extends keyof LighterOrderBookEvents>(
    event: K,
    listener: (...args: LighterOrderBookEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Subscribes; resolves once the first snapshot has been applied. Idempotent. */
  start(): Promise<void> {
    if (this.#stopped) return Promise.reject(new WebSocketError("This order book feed was stopped"));
    this.#starting ??= this.#start();
    return this.#starting;
  }

  async #start(): Promise<void> {
    this.#stream.start();
    this.#offClose = this.#client.on("close", () => this.#onSocketClosed());
    const subscription = {
      channel: lighterChannels.orderBook(this.marketId),
      ...(this.#options.flushIntervalMs !== undefined
        ? { flushIntervalMs: this.#options.flushIntervalMs }
        : {}),
    };
    try {
      this.#handle = await this.#client.subscribe(subscription, (message) => this.#onFrame(message), {
        onError: (error) => this.#fail(error),
      });
    } catch (error) {
      this.#offClose();
      this.#offClose = undefined;
      const failure =
        error instanceof PerpError ? error : new WebSocketError("Subscribe failed", { cause: error });
      this.#options.readiness?.markFailed("orderBooks", failure, this.symbol);
      throw failure;
    }
    // Another consumer already held this channel, so its snapshot went by before we joined.
    if (this.#stream.status !== "live") await this.#resubscribe("joined a shared subscription");
  }

  /** Unsubscribes (the server subscription ends with its last consumer). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#offClose?.();
    this.#offClose = undefined;
    const handle = this.#handle;
    this.#handle = undefined;
    await this.#starting?.catch(() => {});
    if (handle) await handle.unsubscribe();
    this.#events.removeAll();
  }

  #onFrame(message: unknown): void {
    let parsed: LighterOrderBookMessage;
    try {
      parsed = parseOrderBookMessage(message);
    } catch (cause) {
      const error =
        cause instanceof PerpError ? cause : new ValidationError("Unreadable order_book frame", { cause });
      this.#events.emit("error", error);
      this.#stream.reset();
      void this.#resubscribe("malformed frame");
      return;
    }
    this.#stream.push(parsed);
  }

  #onSnapshot(): void {
    const copy = this.#copy();
    this.#options.readiness?.markReady("orderBooks", this.symbol, { evidence: "snapshot" });
    this.#events.emit("snapshot", copy);
    this.#events.emit("book", copy);
    const reason = this.#resyncReason;
    if (reason !== undefined) {
      this.#resyncReason = undefined;
      this.#events.emit("resync", { phase: "completed", reason });
    }
  }

  #onSocketClosed(): void {
    if (this.#handle === undefined || this.#stopped) return;
    this.#stream.reset();
    this.#beginResync("reconnect");
  }

  #beginResync(reason: string): void {
    if (this.#resyncReason !== undefined) return;
    this.#resyncReason = reason;
    this.#options.readiness?.markStale("orderBooks", `order book ${this.symbol}: ${reason}`, this.symbol);
    this.#events.emit("stale", reason);
    this.#events.emit("resync", { phase: "started", reason });
  }

  async #resubscribe(reason: string): Promise<void> {
    this.#beginResync(reason);
    const handle = this.#handle;
    if (handle === undefined || this.#stopped) return;
    try {
      await handle.resubscribe();
    } catch (error) {
      // A connection drop retries on reconnect; anything else ended the subscription (onError).
      if (error instanceof PerpError && this.#client.state === "open") this.#events.emit("error", error);
    }
  }

  #fail(error: PerpError): void {
    this.#handle = undefined;
    this.#options.readiness?.markFailed("orderBooks", error, this.symbol);
    this.#events.emit("failed", error);
  }

  #copy(): OrderBookSnapshot {
    const depth = this.#options.depth;
    if (depth === undefined) return this.#book.snapshot();
    const { bids, asks } = this.#book.depth(depth);
    return {
      symbol: this.symbol,
      bids,
      asks,
      sequence: this.#book.sequence,
      timestamp: this.#book.timestamp,
    };
  }
}
