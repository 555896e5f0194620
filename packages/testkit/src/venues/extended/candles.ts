import Big from "big.js";

export type CandleType = "trades" | "mark-prices" | "index-prices";
export const CANDLE_TYPES: readonly CandleType[] = ["trades", "mark-prices", "index-prices"];

/** Extended's candle intervals (ISO-8601 durations) in milliseconds. */
export const CANDLE_INTERVALS: Readonly<Record<string, number>> = {
  PT1M: 60_000,
  PT5M: 300_000,
  PT15M: 900_000,
  PT30M: 1_800_000,
  PT1H: 3_600_000,
  PT2H: 7_200_000,
  PT4H: 14_400_000,
  PT8H: 28_800_000,
  PT12H: 43_200_000,
  PT24H: 86_400_000,
  P1D: 86_400_000,
  P7D: 604_800_000,
  P30D: 2_592_000_000,
};

const MINUTE = 60_000;

export interface Candle {
  /** Start of the interval, ms. */
  T: number;
  o: string;
  h: string;
  l: string;
  c: string;
  /** Base volume; trades candles only. */
  v?: string;
}

interface Bucket {
  start: number;
  open: Big;
  high: Big;
  low: Big;
  close: Big;
  volume: Big;
  /** Σ price × size, for quote volume. */
  quote: Big;
}

export interface WindowSummary {
  open: string;
  high: string;
  low: string;
  base: string;
  quote: string;
}

/** One-minute OHLC(V) buckets of one series; longer intervals are aggregated from them on request. */
export class CandleSeries {
  readonly #buckets: Bucket[] = [];
  readonly #limit: number;
  readonly #withVolume: boolean;

  constructor(withVolume: boolean, limit = 50_000) {
    this.#withVolume = withVolume;
    this.#limit = limit;
  }

  record(time: number, price: string, volume = "0"): void {
    const start = Math.floor(time / MINUTE) * MINUTE;
    const p = new Big(price);
    const last = this.#buckets.at(-1);
    if (last !== undefined && last.start === start) {
      if (p.gt(last.high)) last.high = p;
      if (p.lt(last.low)) last.low = p;
      last.close = p;
      last.volume = last.volume.plus(volume);
      last.quote = last.quote.plus(p.times(volume));
      return;
    }
    const base = new Big(volume);
    this.#buckets.push({ start, open: p, high: p, low: p, close: p, volume: base, quote: p.times(base) });
    if (this.#buckets.length > this.#limit) this.#buckets.splice(0, this.#buckets.length - this.#limit);
  }

  /** Candles of `intervalMs` ending at or before `endTime`, newest first (as the REST endpoint sorts them). */
  candles(intervalMs: number, limit: number, endTime = Number.POSITIVE_INFINITY): Candle[] {
    const out: Candle[] = [];
    let current: Bucket | undefined;
    for (let i = this.#buckets.length - 1; i >= 0 && out.length < limit; i--) {
      const bucket = this.#buckets[i]!;
      if (bucket.start > endTime) continue;
      const start = Math.floor(bucket.start / intervalMs) * intervalMs;
      if (current !== undefined && current.start !== start) {
        out.push(this.#render(current));
        current = undefined;
        if (out.length >= limit) break;
      }
      if (current === undefined) current = { ...bucket, start };
      else {
        // Walking backwards: this bucket is older, so it supplies the open.
        current.open = bucket.open;
        if (bucket.high.gt(current.high)) current.high = bucket.high;
        if (bucket.low.lt(current.low)) current.low = bucket.low;
        current.volume = current.volume.plus(bucket.volume);
      }
    }
    if (current !== undefined && out.length < limit) out.push(this.#render(current));
    return out;
  }

  /** Open, range and volumes of the buckets starting at or after `since`; undefined when there are none. */
  summary(since: number): WindowSummary | undefined {
    let first: Bucket | undefined;
    let high: Big | undefined;
    let low: Big | undefined;
    let base = new Big(0);
    let quote = new Big(0);
    for (let i = this.#buckets.length - 1; i >= 0; i--) {
      const bucket = this.#buckets[i]!;
      if (bucket.start < since) break;
      first = bucket;
      if (high === undefined || bucket.high.gt(high)) high = bucket.high;
      if (low === undefined || bucket.low.lt(low)) low = bucket.low;
      base = base.plus(bucket.volume);
      quote = quote.plus(bucket.quote);
    }
    if (first === undefined || high === undefined || low === undefined) return undefined;
    return {
      open: first.open.toString(),
      high: high.toString(),
      low: low.toString(),
      base: base.toString(),
      quote: quote.toString(),
    };
  }

  /** The candle of `intervalMs` containing the latest bucket. */
  latest(intervalMs: number): Candle | undefined {
    return this.candles(intervalMs, 1)[0];
  }

  #render(b: Bucket): Candle {
    const candle: Candle = {
      T: b.start,
      o: b.open.toString(),
      h: b.high.toString(),
      l: b.low.toString(),
      c: b.close.toString(),
    };
    if (this.#withVolume) candle.v = b.volume.toString();
    return candle;
  }
}

/** The three candle series of one market. */
export class MarketCandles {
  readonly trades = new CandleSeries(true);
  readonly mark = new CandleSeries(false);
  readonly index = new CandleSeries(false);

  series(type: CandleType): CandleSeries {
    return type === "trades" ? this.trades : type === "mark-prices" ? this.mark : this.index;
  }
}
