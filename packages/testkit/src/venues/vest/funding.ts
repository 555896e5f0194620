import Big from "big.js";
import { bucketStart, previousBucket, type VestInterval } from "./intervals.js";

interface RateChange {
  readonly time: number;
  readonly rate: string;
}

/**
 * One market's funding record: the hourly rate in force over time (`GET /funding/history`) and the
 * cumulative funding index (`cumFunding`: funding per unit of size, summed over every hourly payment).
 */
export class FundingLog {
  readonly #changes: RateChange[] = [];
  readonly #limit: number;
  #cumulative = new Big(0);

  constructor(startTime: number, rate: string, limit: number) {
    this.#changes.push({ time: startTime, rate });
    this.#limit = limit;
  }

  get cumFunding(): Big {
    return this.#cumulative;
  }

  /** An hourly payment at `time` of `rate` × `markPrice` per unit, with `rate` in force afterwards. */
  paid(time: number, rate: string, markPrice: string): void {
    this.#cumulative = this.#cumulative.plus(new Big(rate).times(markPrice));
    this.#record(time, rate);
  }

  /** The rate changed at `time` (no payment). */
  rateChanged(time: number, rate: string): void {
    if (this.#changes.at(-1)?.rate !== rate) this.#record(time, rate);
  }

  /** The rate in force at each bucket start, newest `limit` buckets up to `endTime`, oldest first. */
  history(
    interval: VestInterval,
    endTime: number,
    limit: number,
    startTime?: number,
  ): { time: number; rate: string }[] {
    const first = this.#changes[0];
    if (first === undefined) return [];
    const floor = Math.max(startTime ?? Number.NEGATIVE_INFINITY, bucketStart(interval, first.time));
    const out: { time: number; rate: string }[] = [];
    let time = bucketStart(interval, endTime);
    while (out.length < limit && time >= floor) {
      out.push({ time, rate: this.#rateAt(time) });
      time = previousBucket(interval, time);
    }
    return out.reverse();
  }

  #record(time: number, rate: string): void {
    this.#changes.push({ time, rate });
    if (this.#changes.length > this.#limit) this.#changes.shift();
  }

  #rateAt(time: number): string {
    for (let i = this.#changes.length - 1; i >= 0; i--) {
      const change = this.#changes[i]!;
      if (change.time <= time) return change.rate;
    }
    return this.#changes[0]!.rate;
  }
}
