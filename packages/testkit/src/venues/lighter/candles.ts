import Big from "big.js";
import type { TradeRecord } from "./state.js";

/** Candle resolutions Lighter serves, in ms (`1w` only on the legacy candlesticks endpoint). */
export const RESOLUTIONS: Readonly<Record<string, number>> = {
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
  "30m": 1_800_000,
  "1h": 3_600_000,
  "4h": 14_400_000,
  "12h": 43_200_000,
  "1d": 86_400_000,
  "1w": 604_800_000,
};

export interface Candle {
  start: number;
  open: Big;
  high: Big;
  low: Big;
  close: Big;
  baseVolume: Big;
  quoteVolume: Big;
  lastTradeId: string;
  trades: number;
}

/** OHLCV buckets of the trades in [start, end], oldest first, at most `countBack` (the latest ones). */
export function buildCandles(
  trades: readonly TradeRecord[],
  resolutionMs: number,
  start: number,
  end: number,
  countBack: number,
): Candle[] {
  const buckets = new Map<number, Candle>();
  for (const { trade } of trades) {
    if (trade.time < start || trade.time > end) continue;
    const bucket = Math.floor(trade.time / resolutionMs) * resolutionMs;
    const price = new Big(trade.price);
    const candle = buckets.get(bucket);
    if (candle === undefined) {
      buckets.set(bucket, {
        start: bucket,
        open: price,
        high: price,
        low: price,
        close: price,
        baseVolume: new Big(trade.size),
        quoteVolume: price.times(trade.size),
        lastTradeId: trade.id,
        trades: 1,
      });
      continue;
    }
    if (price.gt(candle.high)) candle.high = price;
    if (price.lt(candle.low)) candle.low = price;
    candle.close = price;
    candle.baseVolume = candle.baseVolume.plus(trade.size);
    candle.quoteVolume = candle.quoteVolume.plus(price.times(trade.size));
    candle.lastTradeId = trade.id;
    candle.trades += 1;
  }
  return [...buckets.values()].sort((a, b) => a.start - b.start).slice(-Math.max(0, countBack));
}
