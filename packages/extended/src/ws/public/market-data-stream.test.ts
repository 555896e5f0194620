import type { FundingRate, SequenceGapError } from "@perp/core";
import { ReadinessTracker } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { loadFrames, ReplayServer, until } from "../replay-server.test-helper.js";
import { ExtendedStreams } from "../streams.js";
import type { ExtendedCandle, ExtendedPrice, ExtendedPublicTrade } from "./decoders.js";

const fast = { reconnect: { initialDelayMs: 10, maxDelayMs: 20 }, random: () => 0.5 };

let server: ReplayServer | undefined;
let streams: ExtendedStreams | undefined;

afterEach(async () => {
  await streams?.close();
  await server?.close();
  streams = undefined;
  server = undefined;
});

async function serve(
  byPath: Record<string, string[]>,
  readiness?: ReadinessTracker,
): Promise<ExtendedStreams> {
  server = await ReplayServer.start();
  server.onConnection = (c) => c.send(byPath[c.path] ?? []);
  streams = new ExtendedStreams({
    streamUrl: server.streamUrl,
    ...fast,
    ...(readiness ? { readiness } : {}),
  });
  return streams;
}

describe("public market data streams", () => {
  it("delivers trades with exact 64-bit ids, skipping stale messages and tolerating gaps", async () => {
    const s = await serve({ "/publicTrades/BTC-USD": loadFrames("public-trades") });
    const trades: ExtendedPublicTrade[] = [];
    const stream = s.trades("BTC-USD");
    const gaps: SequenceGapError[] = [];
    stream.on("data", (t) => trades.push(t));
    stream.on("gap", (g) => gaps.push(g));
    await stream.start();
    await until(() => trades.length === 3);
    expect(trades.map((t) => [t.id, t.side, t.tradeType, t.price, t.qty])).toEqual([
      ["1811328331296018432", "BUY", "TRADE", "58249.8", "0.001"],
      ["1811328331296018433", "SELL", "LIQUIDATION", "58249.7", "0.002"],
      ["1811328331296018440", "SELL", "DELEVERAGE", "58250", "0.003"],
    ]);
    expect(gaps).toHaveLength(1);
    expect(server?.connections).toHaveLength(1);
    await stream.close();
  });

  it("maps funding to the unified FundingRate through the async iterator", async () => {
    const tracker = new ReadinessTracker({ components: ["funding"] });
    const s = await serve({ "/funding/BTC-USD": loadFrames("funding") }, tracker);
    const iterator = s.watchFunding("BTC-USD");
    const first = (await iterator.next()).value as FundingRate;
    expect(first).toMatchObject({
      symbol: "BTC-USD",
      rate: "0.000012",
      intervalMs: 3_600_000,
      timestamp: 1701561600000,
    });
    // No snapshots or acks on this stream: the accepted upgrade is the evidence.
    expect(tracker.status().components.funding?.parts[0]).toMatchObject({
      part: "BTC-USD",
      state: "ready",
      evidence: "subscription-ack",
    });
    await iterator.return?.();
  });

  it("delivers candles and all-market funding on the right paths", async () => {
    // The tracker knows only `funding`: candle readiness is not its business and is skipped quietly.
    const tracker = new ReadinessTracker({ components: ["funding"] });
    const s = await serve(
      {
        "/candles/BTC-USD/trades?interval=PT1M": loadFrames("candles-trades"),
        "/funding": loadFrames("funding"),
      },
      tracker,
    );
    const errors: unknown[] = [];
    const candles: ExtendedCandle[] = [];
    const funding: FundingRate[] = [];
    const a = await s.watchCandles("BTC-USD", "trades", "PT1M", (c) => candles.push(c), {
      onError: (e) => errors.push(e),
    });
    const b = await s.watchFunding(undefined, (f) => funding.push(f));
    await until(() => candles.length === 2 && funding.length === 1);
    expect(candles[1]).toMatchObject({
      market: "BTC-USD",
      candleType: "trades",
      interval: "PT1M",
      time: 1701563400000,
      high: "58270",
      close: "58265",
      volume: "12.5",
    });
    expect(errors).toEqual([]);
    expect(tracker.status().components.funding?.parts.map((p) => p.part)).toEqual(["all"]);
    await a.unsubscribe();
    await b.unsubscribe();
  });

  it("falls back to the envelope time for mark prices sent with ts 0", async () => {
    const s = await serve({ "/prices/mark/BTC-USD": loadFrames("mark-price") });
    const prices: ExtendedPrice[] = [];
    const sub = await s.watchPrices("mark", "BTC-USD", (p) => prices.push(p));
    await until(() => prices.length === 2);
    expect(prices).toEqual([
      { kind: "mark", market: "BTC-USD", price: "58251.123456", timestamp: 1701563440000 },
      { kind: "mark", market: "BTC-USD", price: "58252", timestamp: 1701563441000 },
    ]);
    await sub.unsubscribe();
  });

  it("reconnects a prices stream on a seq gap", async () => {
    const frames = loadFrames("mark-price");
    server = await ReplayServer.start();
    server.onConnection = (c, i) =>
      c.send(i === 0 ? [frames[0]!, frames[1]!.replace('"seq":2', '"seq":5')] : frames);
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, ...fast });
    const stream = streams.prices("mark", "BTC-USD");
    const phases: string[] = [];
    stream.on("resync", (n) => phases.push(n.phase));
    await stream.start();
    await until(() => phases.includes("completed"));
    expect(server.connections).toHaveLength(2);
    await stream.close();
  });

  it("shares one socket between watchers of the same stream and closes it with the last", async () => {
    const s = await serve({ "/publicTrades": [] });
    const a = await s.watchTrades(undefined, () => {});
    const b = await s.watchTrades(undefined, () => {});
    expect(server?.connections).toHaveLength(1);
    await a.unsubscribe();
    expect(server?.connections[0]?.socket.readyState).toBe(1);
    await b.unsubscribe();
    await until(() => server?.connections[0]?.socket.readyState === 3);
  });

  it("leaves no timers behind once closed", async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const s = await serve({ "/orderbooks/BTC-USD": loadFrames("orderbook-snapshot-deltas") });
    const book = s.orderBook("BTC-USD");
    const account = new ExtendedStreams({
      streamUrl: server!.streamUrl,
      apiKey: "leak-test-key-123",
      ...fast,
    }).account();
    await Promise.all([book.start(), account.start()]);
    await until(() => book.ready);
    await Promise.all([book.close(), account.close(), s.close()]);
    await new Promise((resolve) => setImmediate(resolve));
    const after = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    expect(after).toBeLessThanOrEqual(before);
  });
});
