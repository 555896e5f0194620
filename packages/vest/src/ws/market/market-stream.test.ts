import { type OrderBookSnapshot, type PerpError, ReadinessTracker, WebSocketError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type FrameFile,
  frameText,
  loadFrames,
  ReplayServer,
  waitFor,
} from "../../../test/frames/replay-server.js";
import { VestMarketStream, type VestMarketStreamOptions } from "./market-stream.js";
import type { VestStreamCandle, VestStreamTrade } from "./types.js";

const frames: FrameFile = loadFrames("public");
const fast = { initialDelayMs: 10, maxDelayMs: 40 };

let server: ReplayServer;
let client: VestMarketStream | undefined;
let errors: PerpError[];

function open(options: Partial<VestMarketStreamOptions> = {}): VestMarketStream {
  errors = [];
  client = new VestMarketStream({ url: server.url, reconnect: fast, random: () => 0.5, ...options });
  client.on("error", (error) => errors.push(error));
  return client;
}

function replayOn(channel: string, names: string[]): void {
  server.onSubscribe = (connection, subscribed) => {
    if (subscribed === channel) for (const name of names) connection.send(frameText(frames, name));
  };
}

let timersBefore = 0;

/** Live timers and intervals of this process: whatever a test leaves behind keeps Node running. */
function liveTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
}

beforeEach(async () => {
  timersBefore = liveTimers();
  server = await ReplayServer.start();
});

afterEach(async () => {
  await client?.close();
  client = undefined;
  await server.close();
  await expect
    .poll(liveTimers, { message: "timers left running after close()", timeout: 2000 })
    .toBeLessThanOrEqual(timersBefore);
});

describe("VestMarketStream: connection and frames", () => {
  it("connects with version and account group, subscribes per channel and pings", async () => {
    const stream = open({ accountGroup: 3, pingIntervalMs: 30 });
    await stream.watchOrderBook("DOGE-PERP", () => {});
    const connection = server.last;
    expect(connection.query.get("version")).toBe("1.0");
    expect(connection.query.get("xwebsocketserver")).toBe("restserver3");
    expect(connection.received[0]).toEqual({ method: "SUBSCRIBE", params: ["DOGE-PERP@depth"], id: 1 });
    await waitFor(() => connection.received.some((f) => f.method === "PING"), 1000, "a PING");
    expect(connection.received.find((f) => f.method === "PING")).toEqual({
      method: "PING",
      params: [],
      id: 0,
    });
  });

  it("replaces the whole book with every depth frame", async () => {
    replayOn("DOGE-PERP@depth", ["depth", "depthConstructed2"]);
    const stream = open();
    const books: OrderBookSnapshot[] = [];
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 2, 2000, "two books");
    expect(books[0]?.bids).toEqual([{ price: "0.102", size: "1234" }]);
    expect(books[0]?.asks).toEqual([{ price: "0.103", size: "1234" }]);
    // The second frame is the whole book: the first frame's levels are gone, and sides are sorted.
    expect(books[1]?.bids.map((l) => l.price)).toEqual(["0.1025", "0.101", "0.1"]);
    expect(books[1]?.asks.map((l) => l.price)).toEqual(["0.1035", "0.104"]);
    expect(stream.orderBook("DOGE-PERP")).toEqual(books[1]);
    expect(errors).toEqual([]);
  });

  it("drops v3 frames that are not newer than the last applied one (late and duplicate)", async () => {
    replayOn("DOGE-PERP@depth", ["depthV3First", "depthV3Older", "depthV3First", "depthV3Next"]);
    const stream = open();
    const books: OrderBookSnapshot[] = [];
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 2, 2000, "two books");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(books).toHaveLength(2);
    expect(books[0]?.timestamp).toBe(1790000000300);
    expect(books[1]?.bids).toEqual([{ price: "0.111", size: "4.8135" }]);
    expect(stream.orderBookStream("DOGE-PERP")?.droppedFrames).toBe(2);
  });

  it("reports an unreadable frame and keeps the last good book and the feed", async () => {
    replayOn("DOGE-PERP@depth", ["depth", "depthMalformed", "depthConstructed3"]);
    const stream = open();
    const books: OrderBookSnapshot[] = [];
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 2, 2000, "two books");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe("VALIDATION");
    expect(books[1]?.asks.map((l) => l.price)).toEqual(["0.1027", "0.103"]);
  });

  it("surfaces frames it does not know and carries on", async () => {
    replayOn("DOGE-PERP@depth", ["unknownFrame", "depth"]);
    const stream = open();
    const unexpected: unknown[] = [];
    stream.on("unexpected", (message) => unexpected.push(message));
    const books: OrderBookSnapshot[] = [];
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 1, 2000, "a book");
    expect(unexpected).toEqual([frames.frames.unknownFrame]);
  });

  it("delivers trades with exact ids, candles and tickers as funding", async () => {
    server.onSubscribe = (connection, channel) => {
      if (channel === "DOGE-PERP@trades") {
        connection.send(frameText(frames, "trades"));
        connection.send(frameText(frames, "tradesArrayBigId"));
      }
      if (channel === "DOGE-PERP@kline_1m") connection.send(frameText(frames, "kline"));
      if (channel === "tickers") connection.send(frameText(frames, "tickers"));
    };
    const stream = open();
    const trades: VestStreamTrade[] = [];
    const candles: VestStreamCandle[] = [];
    await stream.watchTrades("DOGE-PERP", (trade) => trades.push(trade));
    await stream.watchCandles("DOGE-PERP", "1m", (candle) => candles.push(candle));
    const funding = stream.watchFunding("kBONK-PERP");
    const first = await funding.next();
    await waitFor(() => trades.length === 2 && candles.length === 1, 2000, "trades and a candle");

    expect(trades.map((t) => [t.id, t.price, t.size, t.side])).toEqual([
      ["0x", "0.102", "1234", undefined],
      ["123456789012345678901", "0.1021", "10", "sell"],
    ]);
    expect(trades[0]?.timestamp).toBe(1725315151174);
    expect(candles[0]).toMatchObject({
      symbol: "DOGE-PERP",
      interval: "1m",
      openTime: 1725315120174,
      open: "0.098837",
      low: "0.098769",
      closeTime: 1725315151174,
      volume: "20000",
      trades: 34,
    });
    expect(first.value).toMatchObject({
      symbol: "kBONK-PERP",
      rate: "0.00125",
      intervalMs: 3_600_000,
      markPrice: "0.017446",
      indexPrice: "0.017414",
    });
    await funding.return?.();
    await waitFor(() => server.last.subscriptions().length === 2, 1000, "the tickers unsubscribe");
  });

  it("unsubscribes when an iterator is left", async () => {
    replayOn("DOGE-PERP@depth", ["depth"]);
    const stream = open();
    for await (const book of stream.watchOrderBook("DOGE-PERP")) {
      expect(book.bids).toHaveLength(1);
      break;
    }
    await waitFor(() => server.received("UNSUBSCRIBE").length === 1, 1000, "UNSUBSCRIBE");
    expect(server.received("UNSUBSCRIBE")[0]?.params).toEqual(["DOGE-PERP@depth"]);
    expect(stream.orderBookStream("DOGE-PERP")).toBeUndefined();
  });
});

describe("VestMarketStream: continuity", () => {
  it("reconnects a dropped socket, resubscribes and resyncs the book from the next frame", async () => {
    let served = 0;
    server.onSubscribe = (connection, channel) => {
      if (channel !== "DOGE-PERP@depth") return;
      connection.send(frameText(frames, served++ === 0 ? "depth" : "depthConstructed3"));
    };
    const readiness = new ReadinessTracker();
    const stream = open({ readiness });
    const books: OrderBookSnapshot[] = [];
    const resyncs: string[] = [];
    stream.on("resync", (event) => resyncs.push(`${event.phase}:${event.reason}`));
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 1, 2000, "the first book");
    expect(readiness.component("orderBooks")?.state).toBe("ready");

    server.last.socket.terminate();
    await waitFor(() => resyncs.length === 1, 2000, "resync started");
    expect(readiness.component("orderBooks")?.state).toBe("stale");
    await waitFor(() => books.length === 2, 3000, "the book after reconnecting");
    expect(server.connections).toHaveLength(2);
    expect(server.connections[1]?.subscriptions()).toEqual(["DOGE-PERP@depth"]);
    expect(resyncs).toEqual(["started:reconnect", "completed:reconnect"]);
    expect(stream.orderBook("DOGE-PERP")?.bids).toEqual([{ price: "0.1026", size: "5" }]);
    expect(readiness.component("orderBooks")?.state).toBe("ready");
  });

  it("detects a half-open socket (no PONG, no data) and reconnects", async () => {
    const stream = open({ pingIntervalMs: 20, staleAfterMs: 120 });
    let reconnected = false;
    stream.on("reconnected", () => {
      reconnected = true;
    });
    await stream.watchTrades("DOGE-PERP", () => {});
    server.last.halfOpen = true;
    await waitFor(() => reconnected, 3000, "a reconnect");
    expect(errors.some((e) => e.message.includes("presumed dead"))).toBe(true);
    expect(server.connections[1]?.subscriptions()).toEqual(["DOGE-PERP@trades"]);
  });

  it("resyncs a book whose feed went quiet by resubscribing", async () => {
    let served = 0;
    server.onSubscribe = (connection, channel) => {
      if (channel === "DOGE-PERP@depth") {
        connection.send(frameText(frames, served++ === 0 ? "depth" : "depthConstructed2"));
      }
    };
    const stream = open({ bookStaleAfterMs: 80 });
    const resyncs: string[] = [];
    stream.on("resync", (event) => resyncs.push(`${event.phase}:${event.reason}`));
    const books: OrderBookSnapshot[] = [];
    await stream.watchOrderBook("DOGE-PERP", (book) => books.push(book));
    await waitFor(() => books.length === 2, 3000, "a book after the resubscribe");
    expect(resyncs).toEqual(["started:stale", "completed:stale"]);
    expect(server.last.received.map((f) => f.method)).toEqual(
      expect.arrayContaining(["SUBSCRIBE", "UNSUBSCRIBE", "SUBSCRIBE"]),
    );
    expect(books[1]?.bids.map((l) => l.price)).toEqual(["0.1025", "0.101", "0.1"]);
  });

  it("rejects a watch the venue refuses, and keeps the socket for the others", async () => {
    server.onConnection = (connection) => {
      connection.autoAck = false;
      connection.socket.on("message", (data) => {
        const frame = JSON.parse(String(data)) as { id: number; params: string[] };
        if (frame.params?.[0] === "NQ-PERP@depth") {
          connection.send({ id: frame.id, code: 1121, msg: "unknown symbol" });
        } else {
          connection.send({ result: null, id: frame.id });
          connection.send(frameText(frames, "depth"));
        }
      });
    };
    const stream = open();
    await expect(stream.watchOrderBook("NQ-PERP", () => {})).rejects.toThrow(
      /refused: unknown symbol \(code 1121\)/,
    );
    const top = stream.watchTopOfBook("DOGE-PERP");
    const first = await top.next();
    expect(first.value).toEqual({
      symbol: "DOGE-PERP",
      bid: { price: "0.102", size: "1234" },
      ask: { price: "0.103", size: "1234" },
      timestamp: expect.any(Number),
    });
    await top.return?.();
    expect(stream.orderBookStream("NQ-PERP")).toBeUndefined();
    expect(server.connections).toHaveLength(1);
  });

  it("stops on a configuration close code and fails its watchers", async () => {
    const stream = open();
    const failures: unknown[] = [];
    await stream.watchTrades("DOGE-PERP", () => {}, { onError: (error) => failures.push(error) });
    server.last.socket.close(4002, "ACCOUNT_GROUP_INVALID");
    await waitFor(() => failures.length === 1, 2000, "the watcher's error");
    const error = failures[0] as WebSocketError;
    expect(error).toBeInstanceOf(WebSocketError);
    expect(error.closeCode).toBe(4002);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(server.connections).toHaveLength(1);
    expect(stream.state).toBe("closed");
  });
});
