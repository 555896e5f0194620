import type { BookLevel } from "@perp/core";
import type { VestInterval } from "../../schemas/primitives.js";

/** One public trade. Decimals are normalized strings; `id` is exact (numbers, `0x…` and v3 ids alike). */
export interface VestStreamTrade {
  symbol: string;
  id: string;
  price: string;
  /** Base quantity as sent; v2 gives no side, and a negative qty meaning "sell" is unverified. */
  size: string;
  quoteSize: string;
  /** Present on v3-era frames only. */
  side: "buy" | "sell" | undefined;
  timestamp: number;
  receivedAt: number;
  info: unknown;
}

/**
 * One kline update. Updates of the still-open candle repeat its `openTime`: upsert by it.
 */
export interface VestStreamCandle {
  symbol: string;
  interval: VestInterval;
  openTime: number;
  closeTime: number;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  quoteVolume: string;
  trades: number;
  receivedAt: number;
  info: unknown;
}

/** One row of the `tickers` channel: mark/index prices and the hourly funding rate. */
export interface VestStreamTicker {
  symbol: string;
  markPrice: string;
  indexPrice: string;
  /** Per-hour rate (`oneHrFundingRate`). */
  fundingRate: string;
  /** Cumulative funding index; positions carry `entryFunding` against it. */
  cumFunding: string | undefined;
  /** Long/short open-interest imbalance used by the pricing engine. */
  imbalance: string | undefined;
  priceChange: string | undefined;
  priceChangePercent: string | undefined;
  /** "TRADING" or "HALT" per the docs; kept as text so a new status does not break the feed. */
  status: string | undefined;
  receivedAt: number;
  info: unknown;
}

/** Best bid and ask of a book (Vest has no separate top-of-book channel: derived from depth). */
export interface VestTopOfBook {
  symbol: string;
  bid: BookLevel | undefined;
  ask: BookLevel | undefined;
  timestamp: number;
}

/** Why a book is being resynchronized: its socket reconnected, or its feed went quiet. */
export type BookResyncReason = "reconnect" | "stale";

/**
 * Continuity of one book. `started`: the book may be out of date (mark it stale); `completed`: a
 * fresh full snapshot replaced it.
 */
export interface BookResyncEvent {
  symbol: string;
  phase: "started" | "completed";
  reason: BookResyncReason;
  at: number;
}
