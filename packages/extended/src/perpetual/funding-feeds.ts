import {
  AbortedError,
  Fanout,
  type FundingRate,
  type ReadinessTracker,
  type SessionTimers,
} from "@perp/core";
import type { ExtendedRestClient } from "../rest/client.js";
import type { ExtendedMarketDataStream } from "../ws/public/market-data-stream.js";
import type { ExtendedStreams } from "../ws/streams.js";
import { fundingFromStats, mergeStreamFunding } from "./market-map.js";

export interface FundingFeed {
  readonly symbol: string;
  readonly rates: Fanout<FundingRate>;
  readonly stream: ExtendedMarketDataStream<FundingRate>;
  readonly opened: Promise<void>;
  latest: FundingRate | undefined;
  watchers: number;
  pinned: boolean;
  closed: boolean;
}

export interface FundingFeedsOptions {
  rest: ExtendedRestClient;
  streams: ExtendedStreams;
  readiness: ReadinessTracker;
  timers: SessionTimers;
  clock: () => number;
  refreshMs: number | false;
  retryDelayMs: number;
  signal: AbortSignal;
}

/** Why a market's funding part is not ready yet: the two sources it waits for. */
export function fundingReason(symbol: string): string {
  return `waiting for the funding rate of ${symbol} (GET /info/markets/${symbol}/stats or the /funding/${symbol} stream)`;
}

/**
 * Funding rates by market. The `/funding` stream only carries rates as they are applied (hourly),
 * so a quiet stream would leave a watcher waiting up to an hour: the current rate comes from the
 * market stats at once and every `refreshMs`, and stream messages are merged in. A `funding`
 * part is ready on the first REST answer or stream message; until then its reason names both.
 */
export class FundingFeeds {
  readonly #o: FundingFeedsOptions;
  readonly #feeds = new Map<string, FundingFeed>();

  constructor(options: FundingFeedsOptions) {
    this.#o = options;
  }

  get(symbol: string): FundingFeed | undefined {
    return this.#feeds.get(symbol);
  }

  open(symbol: string, pinned: boolean): FundingFeed {
    const existing = this.#feeds.get(symbol);
    if (existing !== undefined) {
      existing.pinned ||= pinned;
      return existing;
    }
    this.#o.readiness.registerPart("funding", symbol, fundingReason(symbol));
    const stream = this.#o.streams.funding(symbol);
    const opened = stream.start();
    opened.catch(() => {});
    const feed: FundingFeed = {
      symbol,
      rates: new Fanout(),
      stream,
      opened,
      latest: undefined,
      watchers: 0,
      pinned,
      closed: false,
    };
    stream.on("data", (applied) => {
      if (applied.symbol !== symbol) return;
      this.#publish(feed, mergeStreamFunding(feed.latest, applied), "snapshot");
    });
    stream.on("failed", (error) => {
      this.#o.readiness.markFailed("funding", error, symbol);
      feed.rates.fail(error);
    });
    this.#feeds.set(symbol, feed);
    void this.#refresh(feed);
    return feed;
  }

  async release(feed: FundingFeed): Promise<void> {
    feed.watchers -= 1;
    if (feed.watchers > 0 || feed.pinned || this.#feeds.get(feed.symbol) !== feed) return;
    this.#feeds.delete(feed.symbol);
    feed.closed = true;
    this.#o.readiness.removePart("funding", feed.symbol);
    await feed.stream.close();
  }

  /** Closes every feed; their subscribers get `reason` as an error. */
  async close(reason: unknown): Promise<void> {
    const feeds = [...this.#feeds.values()];
    this.#feeds.clear();
    for (const feed of feeds) feed.closed = true;
    await Promise.all(feeds.map((feed) => feed.stream.close()));
    for (const feed of feeds) {
      feed.rates.fail(reason);
      if (!feed.pinned) this.#o.readiness.removePart("funding", feed.symbol);
    }
  }

  async #refresh(feed: FundingFeed): Promise<void> {
    const o = this.#o;
    let delay: number | false = o.refreshMs;
    try {
      const stats = await o.rest.getMarketStats({ market: feed.symbol }, { signal: o.signal });
      if (feed.closed) return;
      this.#publish(feed, fundingFromStats(feed.symbol, stats, o.clock()), "rest-response");
    } catch (error) {
      if (feed.closed || o.signal.aborted || error instanceof AbortedError) return;
      // A rate already known stays valid until the next one; only a market never read is failed.
      if (feed.latest === undefined) o.readiness.markFailed("funding", error, feed.symbol);
      delay = o.retryDelayMs;
    }
    if (delay !== false) o.timers.after(delay, () => void this.#refresh(feed));
  }

  #publish(feed: FundingFeed, rate: FundingRate, evidence: "snapshot" | "rest-response"): void {
    if (feed.closed) return;
    feed.latest = rate;
    this.#o.readiness.markReady("funding", feed.symbol, { evidence });
    feed.rates.emit(rate);
  }
}
