import { describe, expect, it } from "vitest";
import { CandleStore } from "./candles.js";
import { FundingLog } from "./funding.js";
import { bucketStart, nextBucket } from "./intervals.js";
import { ListenKeys } from "./listen-keys.js";

const T0 = Date.UTC(2024, 0, 3, 10, 0, 0); // a Wednesday

describe("intervals", () => {
  it("aligns weeks on Mondays and months on calendar months (UTC)", () => {
    expect(new Date(bucketStart("1w", T0)).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(new Date(bucketStart("1M", T0)).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(new Date(nextBucket("1M", Date.UTC(2024, 0, 1))).toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(bucketStart("15m", T0 + 16 * 60_000)).toBe(T0 + 15 * 60_000);
  });
});

describe("CandleStore", () => {
  it("aggregates minutes, carries the close over empty buckets and counts trades", () => {
    const store = new CandleStore(10_000);
    store.record(T0, "100");
    store.record(T0 + 10_000, "104", "2");
    store.record(T0 + 20_000, "99");
    store.record(T0 + 3 * 60_000, "101", "1");
    const minutes = store.candles("1m", T0 + 3 * 60_000, 10);
    expect(
      minutes.map((c) => [
        c.openTime - T0,
        c.open.toString(),
        c.high.toString(),
        c.low.toString(),
        c.close.toString(),
        c.trades,
      ]),
    ).toEqual([
      [0, "100", "104", "99", "99", 1],
      [60_000, "99", "99", "99", "99", 0],
      [120_000, "99", "99", "99", "99", 0],
      [180_000, "101", "101", "101", "101", 1],
    ]);
    const fiveMinutes = store.candles("5m", T0 + 3 * 60_000, 10);
    expect(fiveMinutes).toHaveLength(1);
    expect(fiveMinutes[0]!.volume.toString()).toBe("3");
    expect(fiveMinutes[0]!.quoteVolume.toString()).toBe("309");
    expect(store.candles("1m", T0 + 3 * 60_000, 2).map((c) => c.openTime - T0)).toEqual([120_000, 180_000]);
  });
});

describe("FundingLog", () => {
  it("accumulates rate × mark per payment and reports the rate in force per bucket", () => {
    const log = new FundingLog(T0, "0.0001", 100);
    log.paid(T0 + 3_600_000, "0.0001", "50000");
    log.rateChanged(T0 + 5_400_000, "-0.0002");
    log.paid(T0 + 7_200_000, "-0.0002", "50000");
    expect(log.cumFunding.toString()).toBe("-5");
    expect(log.history("1h", T0 + 7_200_000, 10)).toEqual([
      { time: T0, rate: "0.0001" },
      { time: T0 + 3_600_000, rate: "0.0001" },
      { time: T0 + 7_200_000, rate: "-0.0002" },
    ]);
  });
});

describe("ListenKeys", () => {
  it("returns the active key on POST, extends on PUT, and remembers dead keys", () => {
    let n = 0;
    const keys = new ListenKeys(1000, () => `k${++n}`);
    const a = keys.open("acct", 0);
    expect(keys.open("acct", 500).key).toBe(a.key);
    expect(keys.keepAlive("acct", 1400)?.expiresAt).toBe(2400);
    expect(keys.sweep(2399)).toEqual([]);
    expect(keys.sweep(2400).map((k) => k.key)).toEqual(["k1"]);
    expect(keys.keepAlive("acct", 2400)).toBeUndefined();
    expect(keys.lookup("k1", 2400)?.state).toBe("expired");
    const b = keys.open("acct", 2500);
    expect(b.key).toBe("k2");
    expect(keys.close("acct", 2600)?.state).toBe("deleted");
    expect(keys.expire(undefined)).toEqual([]);
  });
});
