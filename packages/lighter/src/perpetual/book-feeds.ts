/**
 * One order-book feed per market, shared by every watcher: the markets given in the config are
 * held for the adapter's lifetime (and count for readiness, part per symbol); other markets are
 * subscribed while someone watches them.
 */
import { Fanout, type OrderBookSnapshot, type ReadinessTracker } from "@perp/core";
import type { LighterOrderBookFeed } from "../ws/order-book-feed.js";
import type { LighterStreams } from "../ws/streams.js";
import type { MarketDirectory } from "./markets.js";

interface Entry {
  feed: LighterOrderBookFeed;
  fanout: Fanout<OrderBookSnapshot>;
  held: boolean;
  started: Promise<void>;
}

export class BookFeeds {
  readonly #streams: LighterStreams;
  readonly #readiness: ReadinessTracker;
  readonly #markets: MarketDirectory;
  readonly #entries = new Map<string, Entry>();

  constructor(streams: LighterStreams, readiness: ReadinessTracker, markets: MarketDirectory) {
    this.#streams = streams;
    this.#readiness = readiness;
    this.#markets = markets;
  }

  /** Subscribes a watched market's book for good; resolves on its first snapshot. */
  hold(symbol: string): Promise<void> {
    return this.#entry(symbol, true).started;
  }

  /** Adds a listener (it gets the current book at once when the feed is live); returns the remover. */
  async watch(
    symbol: string,
    listener: (book: OrderBookSnapshot) => void,
    onError: (error: unknown) => void,
  ): Promise<() => Promise<void>> {
    const entry = this.#entry(symbol, false);
    const remove = entry.fanout.add(listener, onError);
    try {
      await entry.started;
    } catch (error) {
      remove();
      await this.#release(symbol, entry);
      throw error;
    }
    if (entry.feed.status === "live") listener(entry.feed.book.snapshot());
    return async () => {
      remove();
      await this.#release(symbol, entry);
    };
  }

  /** The live book of a market, or undefined while it is not subscribed or resyncing. */
  book(symbol: string): OrderBookSnapshot | undefined {
    const entry = this.#entries.get(symbol);
    return entry !== undefined && entry.feed.status === "live" ? entry.feed.book.snapshot() : undefined;
  }

  async stopAll(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const entry of entries) entry.fanout.clear();
    await Promise.all(entries.map((entry) => entry.feed.stop().catch(() => {})));
  }

  #entry(symbol: string, hold: boolean): Entry {
    const existing = this.#entries.get(symbol);
    if (existing !== undefined) {
      existing.held ||= hold;
      return existing;
    }
    const info = this.#markets.get(symbol);
    const feed = this.#streams.orderBook(info.marketId, {
      symbol,
      ...(hold ? { readiness: this.#readiness } : {}),
    });
    const fanout = new Fanout<OrderBookSnapshot>();
    feed.on("book", (book) => fanout.emit(book));
    feed.on("failed", (error) => fanout.fail(error));
    const started = feed.start();
    // A failed start is reported through readiness (held) or to the watcher that awaits it.
    started.catch(() => {});
    const entry: Entry = { feed, fanout, held: hold, started };
    this.#entries.set(symbol, entry);
    return entry;
  }

  async #release(symbol: string, entry: Entry): Promise<void> {
    if (entry.held || entry.fanout.size > 0 || this.#entries.get(symbol) !== entry) return;
    this.#entries.delete(symbol);
    await entry.feed.stop().catch(() => {});
  }
}
