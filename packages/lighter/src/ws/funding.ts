import { divDecimal, type FundingRate } from "@perp/core";
import type { LighterMarketStats } from "./messages/market.js";

export interface ToFundingRateOptions {
  /** Symbol to stamp; default the market id. */
  symbol?: string;
  /**
   * Unit of `current_funding_rate` on the stream. Not documented: the values ("0.0012") and the
   * percent-denominated clamps next to them (`funding_clamp_small` "0.0500") suggest percent per
   * hour, so the default divides by 100; pass "fraction" to take the value as is.
   */
  rateUnit?: "percent" | "fraction";
  /** Funding interval; Lighter settles hourly. Default 3,600,000 ms. */
  intervalMs?: number;
}

/** The running funding rate of a `market_stats` entry, or undefined when it carries none. */
export function toFundingRate(
  stats: LighterMarketStats,
  options: ToFundingRateOptions = {},
): FundingRate | undefined {
  const raw = stats.currentFundingRate ?? stats.fundingRate;
  if (raw === undefined) return undefined;
  const rate = (options.rateUnit ?? "percent") === "percent" ? divDecimal(raw, "100", 12, "half-even") : raw;
  return {
    symbol: options.symbol ?? String(stats.marketId),
    rate: trimZeros(rate),
    intervalMs: options.intervalMs ?? 3_600_000,
    nextFundingTime: undefined,
    markPrice: stats.markPrice,
    indexPrice: stats.indexPrice,
    timestamp: stats.timestamp ?? stats.fundingTimestamp ?? Date.now(),
    info: stats.info,
  };
}

function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  const trimmed = text.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}
