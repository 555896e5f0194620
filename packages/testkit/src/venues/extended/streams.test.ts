import Big from "big.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, type Rig, StreamClient, signedOrder, startRig, type Wire } from "./__fixtures__/sim.js";
import { EXTENDED_TEST_ACCOUNT } from "./credentials.js";
import { sessionOf } from "./protocol.js";

const KEY = EXTENDED_TEST_ACCOUNT.apiKey;
let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

type Level = { p: string; q: string; c: string };

/** Applies order book stream messages the way a client must: SNAPSHOT resets, DELTA sets `c`. */
function applyBook(messages: Wire[]): { bids: Map<string, string>; asks: Map<string, string> } {
  const bids = new Map<string, string>();
  const asks = new Map<string, string>();
  for (const m of messages) {
    if (m.type === "SNAPSHOT") {
      bids.clear();
      asks.clear();
    }
    for (const [side, levels] of [
      [bids, m.data.b],
      [asks, m.data.a],
    ] as [Map<string, string>, Level[]][]) {
      for (const level of levels) {
        if (new Big(level.c).eq(0)) side.delete(level.p);
        else side.set(level.p, level.c);
      }
    }
  }
  return { bids, asks };
}

function engineBook(rig: Rig, market: string) {
  const book = rig.sim.state.engine.book(market)!;
  return {
    bids: new Map(book.bids.map((l) => [l.price, l.size])),
    asks: new Map(book.asks.map((l) => [l.price, l.size])),
  };
}

describe("extended order book stream", () => {
  it("sends a snapshot, then deltas that keep a client's book equal to the engine's", async () => {
    const client = await StreamClient.connect(rig, "/orderbooks/BTC-USD");
    const [snapshot] = await client.waitFor(1);
    expect(snapshot).toMatchObject({ type: "SNAPSHOT", seq: 1, data: { t: "SNAPSHOT", m: "BTC-USD" } });
    expect(typeof snapshot.ts).toBe("number");
    expect(snapshot.data.b[0]).toEqual({ p: "99999", q: "0.05", c: "0.05" });
    expect(snapshot.data.a[0]).toEqual({ p: "100001", q: "0.05", c: "0.05" });

    await api(rig, "POST", "/user/order", {
      key: KEY,
      body: signedOrder({ price: "99990", qty: "0.02" }).body,
    });
    rig.sim.flush();
    const [, delta] = await client.waitFor(2);
    expect(delta).toMatchObject({ type: "DELTA", seq: 2, data: { t: "DELTA", m: "BTC-USD", a: [] } });
    expect(delta.data.b).toEqual([{ p: "99990", q: "0.02", c: "0.07" }]);

    for (let i = 0; i < 5; i++) {
      rig.clock.advance(1000);
      rig.sim.tick();
      rig.sim.flush();
    }
    rig.sim.state.engine.setMarkPrice("BTC-USD", "100050");
    rig.sim.tick();
    rig.sim.flush();
    rig.sim.flush(); // nothing changed: no message
    await client.settle();
    const messages = client.messages;
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
    expect(messages.slice(1).every((m) => m.type === "DELTA")).toBe(true);
    expect(applyBook(messages)).toEqual(engineBook(rig, "BTC-USD"));
    const withQ = messages.slice(1).flatMap((m) => [...m.data.b, ...m.data.a]);
    expect(withQ.some((l: Level) => new Big(l.q).lt(0))).toBe(true);
    client.close();
  });

  it("re-sends a full snapshot on its interval and serves best bid/ask at depth=1", async () => {
    await rig.close();
    rig = await startRig({ bookSnapshotIntervalMs: 60 });
    const client = await StreamClient.connect(rig, "/orderbooks/ETH-USD");
    const messages = await client.waitFor(2);
    expect(messages.slice(0, 2).map((m) => [m.type, m.seq])).toEqual([
      ["SNAPSHOT", 1],
      ["SNAPSHOT", 2],
    ]);
    client.close();
    const best = await StreamClient.connect(rig, "/orderbooks/BTC-USD?depth=1");
    const [first] = await best.waitFor(1);
    expect(first.data).toEqual({
      t: "SNAPSHOT",
      m: "BTC-USD",
      d: "1",
      b: [{ p: "99999", q: "0.05", c: "0.05" }],
      a: [{ p: "100001", q: "0.05", c: "0.05" }],
    });
    await api(rig, "POST", "/user/order", { key: KEY, body: signedOrder({ price: "100000" }).body });
    rig.sim.flush();
    const [, second] = await best.waitFor(2);
    expect(second).toMatchObject({ type: "SNAPSHOT", seq: 2 });
    expect(second.data.b).toEqual([{ p: "100000", q: "0.01", c: "0.01" }]);
    best.close();
  });

  it("streams every market when the path names none", async () => {
    const client = await StreamClient.connect(rig, "/orderbooks");
    const messages = await client.waitFor(2);
    expect(messages.map((m) => [m.data.m, m.seq])).toEqual([
      ["BTC-USD", 1],
      ["ETH-USD", 2],
    ]);
    client.close();
  });

  it("lets a harness skip fault produce a sequence gap", async () => {
    const client = await StreamClient.connect(rig, "/orderbooks/BTC-USD");
    await client.waitFor(1);
    const [connection] = rig.harness.connections("extended");
    await rig.harness.faults.sequence({ venue: "extended", connection: connection!.id }, { action: "skip" });
    for (const price of ["99990", "99980"]) {
      await api(rig, "POST", "/user/order", { key: KEY, body: signedOrder({ price }).body });
      rig.sim.flush();
    }
    await client.waitFor(2);
    await client.settle();
    expect(client.messages.map((m) => m.seq)).toEqual([1, 3]);
    client.close();
  });

  it("answers an unknown market with an error frame and a closed stream", async () => {
    const client = await StreamClient.connect(rig, "/orderbooks/DOGE-USD");
    const [error] = await client.waitFor(1);
    expect(error).toEqual({ status: "ERROR", error: { code: 1001, message: "Market not found." } });
    expect((await client.waitClosed()).code).toBe(1000);
    await expect(StreamClient.connect(rig, "/nothing")).rejects.toThrow("HTTP 404");
  });
});

describe("extended public streams", () => {
  it("streams public trades, mark and index prices, funding and candles", async () => {
    const trades = await StreamClient.connect(rig, "/publicTrades/BTC-USD");
    const marks = await StreamClient.connect(rig, "/prices/mark/BTC-USD");
    const index = await StreamClient.connect(rig, "/prices/index");
    const funding = await StreamClient.connect(rig, "/funding/BTC-USD");
    const candles = await StreamClient.connect(rig, "/candles/BTC-USD/trades?interval=PT1M");

    const market = signedOrder({ type: "MARKET", timeInForce: "IOC", price: "101000", qty: "0.01" });
    await api(rig, "POST", "/user/order", { key: KEY, body: market.body });
    const [trade] = await trades.waitFor(1);
    expect(trade).toMatchObject({
      seq: 1,
      data: [{ m: "BTC-USD", S: "BUY", tT: "TRADE", p: "100001", q: "0.01" }],
    });
    expect(trade.type).toBeUndefined();
    expect(typeof trade.data[0].i).toBe("bigint");

    rig.sim.state.engine.setMarkPrice("BTC-USD", "100100", "100090");
    const [mark] = await marks.waitFor(1);
    expect(mark).toMatchObject({
      type: "MP",
      seq: 1,
      data: { m: "BTC-USD", p: "100100" },
      sourceEventId: null,
    });
    const [indexPrice] = await index.waitFor(1);
    expect(indexPrice).toMatchObject({ type: "IP", data: { m: "BTC-USD", p: "100090" } });

    rig.clock.advance(3_600_000);
    rig.sim.tick();
    const [rate] = await funding.waitFor(1);
    expect(rate.data).toEqual({ m: "BTC-USD", T: expect.any(Number), f: "0.0000125" });

    rig.sim.flush();
    const [candle] = await candles.waitFor(1);
    expect(candle.data[0]).toMatchObject({ o: "100001", h: "100001", l: "100001", c: "100001", v: "0.01" });
    for (const c of [trades, marks, index, funding, candles]) c.close();
  });
});

describe("extended account stream", () => {
  it("refuses an upgrade without a valid X-Api-Key or User-Agent", async () => {
    await expect(StreamClient.connect(rig, "/account")).rejects.toThrow("HTTP 401");
    await expect(StreamClient.connect(rig, "/account", { "x-api-key": "wrong" })).rejects.toThrow("HTTP 401");
    await expect(
      StreamClient.connect(rig, "/account", { "x-api-key": KEY, "user-agent": "" }),
    ).rejects.toThrow("HTTP 403");
    await expect(StreamClient.connect(rig, `/account?X-Api-Key=${KEY}`)).rejects.toThrow("HTTP 401");
  });

  it("accepts the key as a query parameter only when configured", async () => {
    await rig.close();
    rig = await startRig({ acceptApiKeyQuery: true });
    const client = await StreamClient.connect(rig, `/account?X-Api-Key=${KEY}`);
    expect((await client.waitFor(3)).map((m) => m.type)).toEqual(["ORDER", "BALANCE", "POSITION"]);
    client.close();
  });

  it("closes account streams when the harness expires their session", async () => {
    const client = await StreamClient.connect(rig, "/account", { "x-api-key": KEY });
    await client.waitFor(3);
    const [connection] = rig.harness.connections("extended");
    expect(connection!.session).toBe(sessionOf(3004));
    await rig.harness.faults.expireSession("extended", { session: sessionOf(3004) });
    expect(await client.waitClosed()).toEqual({ code: 1008, reason: "session expired" });
  });

  it("sends protocol pings on its interval", async () => {
    await rig.close();
    rig = await startRig({ pingIntervalMs: 30 });
    const client = await StreamClient.connect(rig, "/publicTrades");
    const pinged = new Promise<void>((resolve) => client.socket.once("ping", () => resolve()));
    await pinged;
    client.close();
  });

  it("survives a venue restart with state intact and shuts down cleanly", async () => {
    await api(rig, "POST", "/user/order", { key: KEY, body: signedOrder({ id: "before" }).body });
    const client = await StreamClient.connect(rig, "/account", { "x-api-key": KEY });
    await client.waitFor(3);
    await rig.harness.faults.restart("extended", { downMs: 20 });
    await client.waitClosed();
    const again = await StreamClient.connect(rig, "/account", { "x-api-key": KEY });
    const [orders] = await again.waitFor(1);
    expect(orders.data.orders.map((o: Wire) => o.externalId)).toEqual(["before"]);
    await rig.close();
    // The harness terminates sockets on shutdown; the point is that nothing is left open.
    expect(await again.waitClosed()).toBeDefined();
  });
});
