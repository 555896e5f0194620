import type { FundingRate } from "@perp/core";
import type { VestInterval } from "../../schemas/primitives.js";
import type { VestKlineFrame, VestTickerRow, VestTradeFrame } from "../messages/public.js";
import type { VestStreamCandle, VestStreamTicker, VestStreamTrade } from "./types.js";

/** Vest funds hourly: `oneHrFundingRate` is the rate of one 1 h interval. */
export const VEST_FUNDING_INTERVAL_MS = 3_600_000;

export function toTrade(symbol: string, trade: VestTradeFrame, receivedAt: number): VestStreamTrade {
  return {
    symbol,
    id: trade.id,
    price: trade.price,
    size: trade.qty,
    quoteSize: trade.quoteQty,
    side: trade.side,
    timestamp: trade.time,
    receivedAt,
    info: trade,
  };
}

export function toCandle(
  symbol: string,
  interval: VestInterval,
  kline: VestKlineFrame,
  raw: unknown,
  receivedAt: number,
): VestStreamCandle {
  return {
    symbol,
    interval,
    openTime: kline.openTime,
    closeTime: kline.closeTime,
    open: kline.open,
    high: kline.high,
    low: kline.low,
    close: kline.close,
    volume: kline.volume,
    quoteVolume: kline.quoteVolume,
    trades: kline.numTrades,
    receivedAt,
    info: raw,
  };
}

export function toTicker(row: VestTickerRow, receivedAt: number): VestStreamTicker {
  return {
    symbol: row.symbol,
    markPrice: row.markPrice,
    indexPrice: row.indexPrice,
    fundingRate: row.oneHrFundingRate,
    cumFunding: row.cumFunding ?? undefined,
    imbalance: row.imbalance ?? undefined,
    priceChange: row.priceChange ?? undefined,
    priceChangePercent: row.priceChangePercent ?? undefined,
    status: row.status,
    receivedAt,
    info: row,
  };
}

/**
 * The tickers channel carries no time and no next-funding time: `timestamp` is the local receive
 * time and `nextFundingTime` stays undefined rather than guessing the venue's schedule.
 */
export function toFunding(ticker: VestStreamTicker): FundingRate {
  return {
    symbol: ticker.symbol,
    rate: ticker.fundingRate,
    intervalMs: VEST_FUNDING_INTERVAL_MS,
    nextFundingTime: undefined,
    markPrice: ticker.markPrice,
    indexPrice: ticker.indexPrice,
    timestamp: ticker.receivedAt,
    info: ticker.info,
  };
}
