import { ReadinessTracker, type SequenceGapError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Frame, loadFrames, ReplayServer, until } from "../../test/frames/replay-server.js";
import { LighterWsClient } from "./client.js";
import { LighterOrderBookFeed } from "./order-book-feed.js";
import type { StreamResyncEvent } from "./readiness.js";

const frames = loadFrames("order-book-0.json");
const [snapshot, update1, update2, gapUpdate, freshSnapshot] = frames as [Frame, Frame, Frame, Frame, Frame];

let server: ReplayServer;
let client: LighterWsClient;

function connect(options: { pingIntervalMs?: number; staleAfterMs?: number } = {}): LighterWsClient {
  return new LighterWsClient({
    url: server.url,
    pingIntervalMs: options.pingIntervalMs ?? 1000,
    ...(options.staleAfterMs !== undefined ? { staleAfterMs: options.staleAfterMs } : {}),
    reconnect: { initialDelayMs: 10, maxDelayMs: 40 },
    ackTimeoutMs: 2000,
    random: () => 0.5,
  });
}

beforeEach(async () => {
  server = await ReplayServer.start();
  let served = 0;
  server.onSubscribe = (frame) => {
    if (frame.channel === "order_book/0") server.send(served++ === 0 ? snapshot : freshSnapshot);
  };
});

afterEach(async () => {
  await client?.close();
  await server.close();
  expect(client.state).toBe("closed");
});

const levels = (pairs: [string, string][]) => pairs.map(([price, size]) => ({ price, size }));

describe("LighterOrderBookFeed", () => {
  it("applies the snapshot then the nonce-chained deltas (absolute sizes, zero removes)", async () => {
    client = connect();
    const feed = new LighterOrderBookFeed(client, 0, { symbol: "ETH" });
    const books: unknown[] = [];
    feed.on("book", (book) => books.push(book));
    await feed.start();
    expect(server.subscribes("order_book/0")).toHaveLength(1);
    expect(feed.book.depth(10)).toEqual({
      bids: levels([
        ["1914.22", "0.19"],
        ["1914.18", "8.5318"],
      ]),
      asks: levels([
        ["1914.28", "0.1021"],
        ["1914.42", "4.5605"],
      ]),
    });
    server.send(update1);
    server.send(update2);
    await until(() => feed.book.sequence === "17926042901");
    expect(feed.book.depth(10)).toEqual({
      bids: levels([
        ["1914.22", "0.25"],
        ["1914.1", "1.5"],
      ]),
      asks: levels([
        ["1914.28", "0.1021"],
        ["1915.49", "2.9243"],
      ]),
    });
    expect(feed.book.timestamp).toBe(1785252530266);
    expect(books).toHaveLength(3);
  });

  it("drops duplicates and stale frames without a resync", async () => {
    client = connect();
    const feed = new LighterOrderBookFeed(client, 0);
    const gaps: SequenceGapError[] = [];
    feed.on("gap", (gap) => gaps.push(gap));
    await feed.start();
    server.send(update1);
    server.send(update1);
    server.send(update2);
    server.send(update1);
    await until(() => feed.book.sequence === "17926042901");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(gaps).toEqual([]);
    expect(server.unsubscribes("order_book/0")).toHaveLength(0);
    expect(feed.book.bestBid()).toEqual({ price: "1914.22", size: "0.25" });
  });

  it("on a nonce gap unsubscribes, resubscribes and rebuilds the book from the fresh snapshot", async () => {
    client = connect();
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    const feed = new LighterOrderBookFeed(client, 0, { symbol: "ETH", readiness: tracker });
    const gaps: SequenceGapError[] = [];
    const resyncs: StreamResyncEvent[] = [];
    feed.on("gap", (gap) => gaps.push(gap));
    feed.on("resync", (event) => resyncs.push(event));
    await feed.start();
    expect(tracker.isReady(["orderBooks"])).toBe(true);
    server.send(update1);
    server.send(gapUpdate);
    await until(() => resyncs.length === 2, 3000, "resync completed");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message).toContain("17926042890");
    expect(server.unsubscribes("order_book/0")).toHaveLength(1);
    expect(server.subscribes("order_book/0")).toHaveLength(2);
    expect(resyncs).toEqual([
      { phase: "started", reason: "sequence gap" },
      { phase: "completed", reason: "sequence gap" },
    ]);
    expect(feed.book.depth(10)).toEqual({
      bids: levels([["1914.2", "3"]]),
      asks: levels([
        ["1914.3", "1"],
        ["1914.5", "2"],
      ]),
    });
    expect(feed.book.sequence).toBe("17926043000");
    expect(feed.status).toBe("live");
    expect(tracker.isReady(["orderBooks"])).toBe(true);
  });

  it("reconnects after a dropped socket, resubscribes and reports stale then resynced", async () => {
    client = connect();
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    const feed = new LighterOrderBookFeed(client, 0, { symbol: "ETH", readiness: tracker });
    const resyncs: StreamResyncEvent[] = [];
    const stale: string[] = [];
    feed.on("resync", (event) => resyncs.push(event));
    feed.on("stale", (reason) => stale.push(reason));
    await feed.start();
    server.dropAll();
    await until(() => stale.length === 1, 3000, "stale");
    expect(tracker.isReady(["orderBooks"])).toBe(false);
    await until(() => resyncs.length === 2, 3000, "resync after reconnect");
    expect(server.sockets).toHaveLength(2);
    expect(server.subscribes("order_book/0")).toHaveLength(2);
    expect(resyncs.map((e) => e.reason)).toEqual(["reconnect", "reconnect"]);
    expect(feed.book.sequence).toBe("17926043000");
    expect(tracker.isReady(["orderBooks"])).toBe(true);
  });

  it("answers the server's ping with a pong and detects a half-open connection", async () => {
    client = connect({ pingIntervalMs: 40, staleAfterMs: 150 });
    const feed = new LighterOrderBookFeed(client, 0);
    await feed.start();
    server.send({ type: "ping" });
    await until(() => server.received.some((f) => f.type === "pong"), 2000, "pong");
    await until(() => server.received.some((f) => f.type === "ping"), 2000, "client ping");
    const reconnecting: number[] = [];
    client.on("reconnecting", (attempt) => reconnecting.push(attempt));
    server.silent = true;
    await until(() => reconnecting.length > 0, 3000, "half-open detection");
    server.silent = false;
    await until(() => feed.status === "live" && server.sockets.length === 2, 3000, "resubscribed");
  });

  it("resyncs when a delta is malformed and keeps going", async () => {
    client = connect();
    const feed = new LighterOrderBookFeed(client, 0);
    const errors: unknown[] = [];
    feed.on("error", (error) => errors.push(error));
    await feed.start();
    server.send({ channel: "order_book:0", type: "update/order_book", order_book: { asks: "x" } });
    await until(() => server.subscribes("order_book/0").length === 2, 3000, "resubscribe");
    await until(() => feed.book.sequence === "17926043000");
    expect(errors).toHaveLength(1);
  });
});
