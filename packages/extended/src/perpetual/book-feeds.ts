import { Fanout, type OrderBookSnapshot, type ReadinessTracker } from "@perp/core";
import type { ExtendedOrderBookStream } from "../ws/public/order-book-stream.js";
import { applyReadinessSignal } from "../ws/readiness.js";
import type { ExtendedStreams } from "../ws/streams.js";

/** One market's live book: its stream, its watchers, and whether start() watches it for readiness. */
export interface BookFeed {
  readonly symbol: string;
  readonly stream: ExtendedOrderBookStream;
  readonly books: Fanout<OrderBookSnapshot>;
  /** Resolves once the socket is open (v1 streams have no subscription acks). */
  readonly opened: Promise<void>;
  watchers: number;
  pinned: boolean;
}

/**
 * Order book streams by market, shared by start() (pinned: the watched markets) and watchOrderBook
 * callers. Each book is an `orderBooks` readiness part: ready on the venue's SNAPSHOT, stale while
 * it resyncs after a sequence gap or a lost socket, failed when the venue refuses the market.
 */
export class BookFeeds {
  readonly #streams: ExtendedStreams;
  readonly #readiness: ReadinessTracker;
  readonly #feeds = new Map<string, BookFeed>();

  constructor(streams: ExtendedStreams, readiness: ReadinessTracker) {
    this.#streams = streams;
    this.#readiness = readiness;
  }

  get(symbol: string): BookFeed | undefined {
    return this.#feeds.get(symbol);
  }

  /** The current book of a live feed, or undefined (no feed, no snapshot yet, or resyncing). */
  snapshot(symbol: string): OrderBookSnapshot | undefined {
    return this.#feeds.get(symbol)?.stream.snapshot();
  }

  open(symbol: string, pinned: boolean): BookFeed {
    const existing = this.#feeds.get(symbol);
    if (existing !== undefined) {
      existing.pinned ||= pinned;
      return existing;
    }
    this.#readiness.registerPart("orderBooks", symbol);
    const stream = this.#streams.orderBook(symbol);
    const books = new Fanout<OrderBookSnapshot>();
    stream.on("book", (book) => books.emit(book));
    stream.on("readiness", (signal) => applyReadinessSignal(this.#readiness, signal));
    stream.on("failed", (error) => books.fail(error));
    const opened = stream.start();
    opened.catch(() => {});
    const feed: BookFeed = { symbol, stream, books, opened, watchers: 0, pinned };
    this.#feeds.set(symbol, feed);
    return feed;
  }

  /** Drops a watcher; an unpinned feed without watchers is closed and leaves readiness. */
  async release(feed: BookFeed): Promise<void> {
    feed.watchers -= 1;
    if (feed.watchers > 0 || feed.pinned || this.#feeds.get(feed.symbol) !== feed) return;
    this.#feeds.delete(feed.symbol);
    this.#readiness.removePart("orderBooks", feed.symbol);
    await feed.stream.close();
  }

  /** Closes every feed; their subscribers get `reason` as an error. */
  async close(reason: unknown): Promise<void> {
    const feeds = [...this.#feeds.values()];
    this.#feeds.clear();
    await Promise.all(feeds.map((feed) => feed.stream.close()));
    for (const feed of feeds) {
      feed.books.fail(reason);
      if (!feed.pinned) this.#readiness.removePart("orderBooks", feed.symbol);
    }
  }
}
