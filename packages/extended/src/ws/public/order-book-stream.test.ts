import type { OrderBookSnapshot, PerpError, SequenceGapError } from "@perp/core";
import { ReadinessTracker } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_USER_AGENT } from "../../rest/client.js";
import type { ResyncNotice } from "../readiness.js";
import { loadFrames, ReplayServer, until } from "../replay-server.test-helper.js";
import { ExtendedStreams } from "../streams.js";

const fast = { reconnect: { initialDelayMs: 10, maxDelayMs: 20 }, random: () => 0.5 };

let server: ReplayServer | undefined;
let streams: ExtendedStreams | undefined;

afterEach(async () => {
  await streams?.close();
  await server?.close();
  streams = undefined;
  server = undefined;
});

function levels(book: OrderBookSnapshot | undefined): unknown {
  return book && { bids: book.bids, asks: book.asks };
}

describe("ExtendedOrderBookStream", () => {
  it("builds the book from a snapshot and deltas, dropping a duplicate", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c) => c.send(loadFrames("orderbook-snapshot-deltas"));
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, readiness: tracker, ...fast });
    const book = streams.orderBook("BTC-USD");
    const seen: OrderBookSnapshot[] = [];
    let snapshots = 0;
    book.on("book", (b) => seen.push(b));
    book.on("snapshot", () => snapshots++);
    await book.start();
    await until(() => book.orderBook.sequence === "4");
    expect(server.connections[0]?.path).toBe("/orderbooks/BTC-USD");
    expect(server.connections[0]?.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(levels(book.snapshot())).toEqual({
      bids: [
        { price: "43000", size: "2" },
        { price: "42999.5", size: "3" },
      ],
      asks: [
        { price: "43000.5", size: "1.2" },
        { price: "43002", size: "3" },
      ],
    });
    // Snapshot + three deltas; the replayed seq 3 produced nothing.
    expect(seen.map((b) => b.sequence)).toEqual(["1", "2", "3", "4"]);
    expect(snapshots).toBe(1);
    expect(book.snapshot()?.timestamp).toBe(1763797802300);
    expect(tracker.status().components.orderBooks?.parts[0]).toMatchObject({
      part: "BTC-USD",
      state: "ready",
      evidence: "snapshot",
    });
    await book.close();
  });

  it("reconnects on a seq gap and ends with the fresh snapshot's book", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c, i) =>
      c.send(loadFrames(i === 0 ? "orderbook-gap" : "orderbook-fresh-snapshot"));
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, readiness: tracker, ...fast });
    const book = streams.orderBook("BTC-USD");
    const gaps: SequenceGapError[] = [];
    const resyncs: ResyncNotice[] = [];
    const states: string[] = [];
    book.on("gap", (e) => gaps.push(e));
    book.on("resync", (n) => resyncs.push(n));
    book.on("readiness", (s) => states.push(s.state));
    await book.start();
    await until(() => resyncs.some((n) => n.phase === "completed"));
    expect(server.connections).toHaveLength(2);
    expect(server.connections[1]?.path).toBe("/orderbooks/BTC-USD");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ code: "SEQUENCE_GAP", expected: "3", received: "4" });
    expect(resyncs.map((n) => n.phase)).toEqual(["started", "completed"]);
    expect(states).toEqual(["ready", "stale", "ready"]);
    expect(levels(book.snapshot())).toEqual({
      bids: [
        { price: "43010", size: "0.25" },
        { price: "43005", size: "1.75" },
      ],
      asks: [{ price: "43011", size: "0.5" }],
    });
    expect(tracker.isReady()).toBe(true);
    await book.close();
  });

  it("reconnects a dropped socket to the same path and resyncs from its snapshot", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c, i) => {
      if (i === 0) {
        c.send(loadFrames("orderbook-snapshot-deltas").slice(0, 2));
        setTimeout(() => c.socket.terminate(), 20);
      } else {
        c.send(loadFrames("orderbook-fresh-snapshot"));
      }
    };
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, ...fast });
    const updates: OrderBookSnapshot[] = [];
    const sub = await streams.watchOrderBook("BTC-USD", (b) => updates.push(b));
    await until(() => updates.some((b) => b.bids[0]?.price === "43010"));
    expect(server.connections.map((c) => c.path)).toEqual(["/orderbooks/BTC-USD", "/orderbooks/BTC-USD"]);
    expect(server.connections[1]?.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(updates.at(-1)?.asks).toEqual([{ price: "43011", size: "0.5" }]);
    await sub.unsubscribe();
  });

  it("detects a half-open socket (no data, no pong) and replaces it", async () => {
    server = await ReplayServer.start({ autoPong: false });
    server.onConnection = (c, i) =>
      c.send(loadFrames(i === 0 ? "orderbook-gap" : "orderbook-fresh-snapshot").slice(0, 1));
    streams = new ExtendedStreams({
      streamUrl: server.streamUrl,
      heartbeatIntervalMs: 40,
      staleAfterMs: 150,
      ...fast,
    });
    const book = streams.orderBook("BTC-USD");
    const errors: PerpError[] = [];
    book.on("error", (e) => errors.push(e));
    await book.start();
    await until(() => server!.connections.length >= 2 && book.orderBook.bestBid()?.price === "43010");
    expect(errors.some((e) => /presumed dead/.test(e.message))).toBe(true);
    await book.close();
  });

  it("treats every depth=1 message as a snapshot", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c) => c.send(loadFrames("orderbook-depth1"));
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, ...fast });
    const iterator = streams.watchOrderBook("ETH-USD", { depth: 1 });
    const first = await iterator.next();
    const second = await iterator.next();
    expect(server.connections[0]?.path).toBe("/orderbooks/ETH-USD?depth=1");
    expect(first.value).toMatchObject({
      bids: [{ price: "2300.1", size: "5" }],
      asks: [{ price: "2300.2", size: "7" }],
    });
    expect(second.value).toMatchObject({
      bids: [{ price: "2300", size: "2" }],
      asks: [{ price: "2300.3", size: "1" }],
    });
    await iterator.return?.();
  });

  it("fails the watch when the venue refuses the market", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c) => c.send(loadFrames("error-market-not-found"));
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    streams = new ExtendedStreams({ streamUrl: server.streamUrl, readiness: tracker, ...fast });
    const failures: unknown[] = [];
    await streams.watchOrderBook("NOPE-USD", () => {}, { onError: (e) => failures.push(e) });
    await until(() => failures.length === 1);
    expect(failures[0]).toMatchObject({
      code: "VENUE_API",
      venueCode: 1001,
      venueMessage: "Market not found.",
    });
    expect(tracker.status().components.orderBooks?.state).toBe("failed");
  });
});
