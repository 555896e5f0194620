import Big from "big.js";
import { bucketStart, nextBucket, previousBucket, type VestInterval } from "./intervals.js";

interface MinuteCandle {
  readonly openTime: number;
  open: Big;
  high: Big;
  low: Big;
  close: Big;
  volume: Big;
  quoteVolume: Big;
  trades: number;
}

export interface Candle {
  readonly openTime: number;
  readonly closeTime: number;
  readonly open: Big;
  readonly high: Big;
  readonly low: Big;
  readonly close: Big;
  readonly volume: Big;
  readonly quoteVolume: Big;
  readonly trades: number;
}

/**
 * One market's price history in one-minute candles, fed by mark-price moves (no volume) and trades.
 * Longer intervals are aggregated on demand; buckets without a price point carry the previous close,
 * so the series has no holes once the market has a first price.
 */
export class CandleStore {
  readonly #minutes: MinuteCandle[] = [];
  readonly #limit: number;

  constructor(limitMinutes: number) {
    this.#limit = limitMinutes;
  }

  /** A price point at `time` (mark move), or a trade when `size` is given. */
  record(time: number, price: string, size?: string): void {
    const openTime = bucketStart("1m", time);
    const p = new Big(price);
    let last = this.#minutes.at(-1);
    if (last === undefined || last.openTime < openTime) {
      last = {
        openTime,
        open: p,
        high: p,
        low: p,
        close: p,
        volume: new Big(0),
        quoteVolume: new Big(0),
        trades: 0,
      };
      this.#minutes.push(last);
      if (this.#minutes.length > this.#limit) this.#minutes.shift();
    } else {
      // Clocks never run backwards here; a late point joins the newest candle.
      if (p.gt(last.high)) last.high = p;
      if (p.lt(last.low)) last.low = p;
      last.close = p;
    }
    if (size !== undefined) {
      last.volume = last.volume.plus(size);
      last.quoteVolume = last.quoteVolume.plus(p.times(size));
      last.trades += 1;
    }
  }

  /** Up to `limit` candles, oldest first, whose buckets end after `startTime` and start at or before `endTime`. */
  candles(interval: VestInterval, endTime: number, limit: number, startTime?: number): Candle[] {
    const first = this.#minutes[0];
    if (first === undefined || limit <= 0) return [];
    const out: Candle[] = [];
    let start = bucketStart(interval, endTime);
    const floor = Math.max(startTime ?? Number.NEGATIVE_INFINITY, first.openTime);
    while (out.length < limit) {
      const end = nextBucket(interval, start);
      if (end <= floor) break;
      const candle = this.#aggregate(start, end, false);
      if (candle !== undefined) out.push(candle);
      start = previousBucket(interval, start);
    }
    return out.reverse();
  }

  /** The candle of the window [from, to): open is the price in force at `from`. */
  window(from: number, to: number): Candle | undefined {
    return this.#aggregate(from, to, true);
  }

  /**
   * Aggregates the minutes in [start, end). A bucket without price points is flat at the previous
   * close; `carryOpen` opens every bucket at the previous close (a rolling window's "price at start").
   */
  #aggregate(start: number, end: number, carryOpen: boolean): Candle | undefined {
    const from = this.#lowerBound(start);
    const previousClose = this.#minutes[from - 1]?.close;
    const hasPoints = (this.#minutes[from]?.openTime ?? end) < end;
    let open: Big | undefined = carryOpen || !hasPoints ? previousClose : undefined;
    let high = open;
    let low = open;
    let close = open;
    let volume = new Big(0);
    let quoteVolume = new Big(0);
    let trades = 0;
    for (let i = from; i < this.#minutes.length; i++) {
      const m = this.#minutes[i]!;
      if (m.openTime >= end) break;
      open ??= m.open;
      high = high === undefined || m.high.gt(high) ? m.high : high;
      low = low === undefined || m.low.lt(low) ? m.low : low;
      close = m.close;
      volume = volume.plus(m.volume);
      quoteVolume = quoteVolume.plus(m.quoteVolume);
      trades += m.trades;
    }
    if (open === undefined || high === undefined || low === undefined || close === undefined)
      return undefined;
    return { openTime: start, closeTime: end - 1, open, high, low, close, volume, quoteVolume, trades };
  }

  /** Index of the first minute candle with openTime >= time. */
  #lowerBound(time: number): number {
    let lo = 0;
    let hi = this.#minutes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#minutes[mid]!.openTime < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
