/** Kline and funding-history intervals Vest accepts. */
export const VEST_INTERVALS = [
  "1m",
  "3m",
  "5m",
  "15m",
  "30m",
  "1h",
  "2h",
  "4h",
  "6h",
  "8h",
  "12h",
  "1d",
  "3d",
  "1w",
  "1M",
] as const;
export type VestInterval = (typeof VEST_INTERVALS)[number];

const MINUTE = 60_000;
const DAY = 86_400_000;
/** 1970-01-05, the first Monday after the epoch: weekly buckets start on Mondays (UTC). */
const WEEK_OFFSET = 4 * DAY;

const FIXED: Readonly<Record<Exclude<VestInterval, "1M">, number>> = {
  "1m": MINUTE,
  "3m": 3 * MINUTE,
  "5m": 5 * MINUTE,
  "15m": 15 * MINUTE,
  "30m": 30 * MINUTE,
  "1h": 60 * MINUTE,
  "2h": 120 * MINUTE,
  "4h": 240 * MINUTE,
  "6h": 360 * MINUTE,
  "8h": 480 * MINUTE,
  "12h": 720 * MINUTE,
  "1d": DAY,
  "3d": 3 * DAY,
  "1w": 7 * DAY,
};

export function isVestInterval(text: string): text is VestInterval {
  return (VEST_INTERVALS as readonly string[]).includes(text);
}

/** Start of the bucket holding `time`; months are calendar months (UTC). */
export function bucketStart(interval: VestInterval, time: number): number {
  if (interval === "1M") {
    const date = new Date(time);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  }
  const ms = FIXED[interval];
  const offset = interval === "1w" ? WEEK_OFFSET : 0;
  return Math.floor((time - offset) / ms) * ms + offset;
}

export function nextBucket(interval: VestInterval, start: number): number {
  if (interval === "1M") {
    const date = new Date(start);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return start + FIXED[interval];
}

export function previousBucket(interval: VestInterval, start: number): number {
  if (interval === "1M") {
    const date = new Date(start);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
  }
  return start - FIXED[interval];
}
