import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  call,
  channel,
  type Frame,
  signedCancel,
  signedOrder,
  signedWithdraw,
  startVest,
  type VestRig,
  WsClient,
} from "./__fixtures__/vest-client.js";
import { VEST_TEST_CREDENTIALS as ALICE, VEST_COUNTERPARTY_CREDENTIALS as BOB } from "./credentials.js";

let rig: VestRig;
let nonce = 0;
const clients: WsClient[] = [];
const now = () => rig.sim.clock.now();

beforeEach(async () => {
  rig = await startVest();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await rig.close();
});

async function connect(query = "version=1.0"): Promise<WsClient> {
  const client = new WsClient(`${rig.ws}/ws-api?${query}`);
  clients.push(client);
  await client.opened;
  return client;
}

async function subscribe(client: WsClient, params: string[], id = 1): Promise<void> {
  client.send({ method: "SUBSCRIBE", params, id });
  expect((await client.next((f) => f.json?.id === id)).json).toEqual({ result: null, id });
}

async function order(fields: Record<string, unknown>, creds = ALICE): Promise<string> {
  const body = await signedOrder(
    {
      time: now(),
      nonce: ++nonce,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT",
      limitPrice: "64990.00",
      ...fields,
    },
    creds,
  );
  const res = await call(rig, "/orders", { body, apiKey: creds.apiKey });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.id;
}

async function listenKey(creds = ALICE): Promise<string> {
  return (await call(rig, "/account/listenKey", { method: "POST", apiKey: creds.apiKey })).body.listenKey;
}

function bookOf(frame: Frame) {
  return frame.json.data as { bids: [string, string][]; asks: [string, string][] };
}

function engineDepth(levels = 20) {
  const book = rig.sim.engine.book("BTC-PERP", levels)!;
  const row = (l: { price: string; size: string }) => [Number(l.price).toFixed(2), Number(l.size).toFixed(4)];
  return { bids: book.bids.map(row), asks: book.asks.map(row) };
}

describe("Vest WebSocket: connection rules", () => {
  it("closes with Vest's codes for a wrong version, account group or listen key", async () => {
    expect((await (await connect("version=2.0")).closed).code).toBe(4000);
    expect((await (await connect("version=1.0&xwebsocketserver=server0")).closed).code).toBe(4002);
    expect((await (await connect("version=1.0&xwebsocketserver=restserver12")).closed).code).toBe(4001);
    expect((await (await connect("version=1.0&listenKey=nope")).closed).code).toBe(4004);
    const publicOnly = await connect("version=1.0&xwebsocketserver=restserver0");
    publicOnly.send({ method: "SUBSCRIBE", params: ["account_private"], id: 3 });
    expect(await publicOnly.closed).toEqual({ code: 4003, reason: "LISTEN_KEY_REQUIRED" });
  });

  it("answers PING with PONG and malformed or unknown requests with an error frame", async () => {
    const client = await connect("version=1.0&websocketserver=restserver0");
    client.send({ method: "PING", params: [], id: 0 });
    expect((await client.next()).json).toEqual({ data: "PONG" });
    client.ws.send("not json");
    expect((await client.next()).json).toEqual({ id: null, error: { code: 1130, msg: "Invalid request" } });
    client.send({ method: "LIST_SUBSCRIPTIONS", id: 9 });
    expect((await client.next()).json).toMatchObject({ id: 9, error: { code: 1130 } });
  });
});

describe("Vest WebSocket: public channels", () => {
  it("sends a depth snapshot on subscribe, then a full snapshot on every book change", async () => {
    const client = await connect();
    await subscribe(client, ["BTC-PERP@depth"]);
    const first = await client.next(channel("BTC-PERP@depth"));
    expect(bookOf(first)).toEqual(engineDepth());
    await order({ limitPrice: "64995.50", size: "0.2500" });
    const second = await client.next(channel("BTC-PERP@depth"));
    expect(bookOf(second).bids).toContainEqual(["64995.50", "0.2500"]);
    expect(bookOf(second)).toEqual(engineDepth());
    const rest = await call(rig, "/depth", { query: { symbol: "BTC-PERP", limit: 20 } });
    expect(rest.body).toEqual(bookOf(second));
  });

  it("refuses a whole batch when one channel is unknown", async () => {
    const client = await connect();
    client.send({ method: "SUBSCRIBE", params: ["BTC-PERP@depth", "NOPE-PERP@depth"], id: 4 });
    expect((await client.next()).json).toEqual({
      id: 4,
      error: { code: 1121, msg: "Invalid channel NOPE-PERP@depth" },
    });
    await order({ limitPrice: "64995.50" });
    expect(await client.drain(100)).toEqual([]);
  });

  it("streams trades with contiguous hex ids, and a skip fault leaves a gap", async () => {
    const client = await connect();
    await subscribe(client, ["BTC-PERP@trades"]);
    const ids = async (count: number) => {
      const out: bigint[] = [];
      for (let i = 0; i < count; i++) {
        const frame = await client.next(channel("BTC-PERP@trades"));
        expect(frame.json.data).toMatchObject({ price: expect.any(String), qty: "0.1000", time: now() });
        out.push(BigInt(frame.json.data.id));
      }
      return out;
    };
    for (let i = 0; i < 3; i++) await order({ orderType: "MARKET", limitPrice: "65100.00" });
    const before = await ids(3);
    expect(before.map((id) => id - before[0]!)).toEqual([0n, 1n, 2n]);
    const connection = rig.harness.connections("vest")[0]!;
    await rig.harness.faults.sequence(
      { venue: "vest", connection: connection.id },
      { action: "skip", count: 1 },
    );
    for (let i = 0; i < 3; i++) await order({ orderType: "MARKET", limitPrice: "65100.00" });
    const after = await ids(2);
    expect(after).toEqual([before[2]! + 2n, before[2]! + 3n]);
  });

  it("sends tickers and the current kline on subscribe", async () => {
    const client = await connect();
    await subscribe(client, ["tickers", "BTC-PERP@kline_1m"]);
    const tickers = await client.next(channel("tickers"));
    expect(tickers.json.data).toHaveLength(2);
    expect(tickers.json.data[0]).toEqual({
      symbol: "BTC-PERP",
      oneHrFundingRate: "0.0000125",
      cumFunding: "0.000000000000",
      imbalance: "0.0000",
      indexPrice: "65000.00",
      markPrice: "65000.00",
      priceChange: "0.00",
      priceChangePercent: "0.000",
      status: "TRADING",
    });
    const kline = await client.next(channel("BTC-PERP@kline_1m"));
    expect(kline.json.data).toEqual([
      expect.any(Number),
      "65000.00",
      "65000.00",
      "65000.00",
      "65000.00",
      expect.any(Number),
      "0.0000",
      "0.000000",
      "0",
    ]);
    rig.sim.engine.setMarkPrice("BTC-PERP", "65010.00");
    const moved = await client.next(channel("BTC-PERP@kline_1m"));
    expect(moved.json.data.slice(1, 5)).toEqual(["65000.00", "65010.00", "65000.00", "65010.00"]);
  });
});

describe("Vest WebSocket: account_private", () => {
  it("streams ORDER events from NEW through FILLED and CANCELLED, and TRANSFER events", async () => {
    const key = await listenKey();
    const client = await connect(`version=1.0&xwebsocketserver=restserver0&listenKey=${key}`);
    await subscribe(client, ["account_private"]);
    const bobKey = await listenKey(BOB);
    const bob = await connect(`version=1.0&listenKey=${bobKey}`);
    await subscribe(bob, ["account_private"]);

    const id = await order({ limitPrice: "64990.00", size: "0.3000" });
    const created = await client.next(channel("account_private"));
    expect(created.json).toEqual({
      channel: "account_private",
      data: {
        event: "ORDER",
        args: {
          id,
          symbol: "BTC-PERP",
          isBuy: true,
          orderType: "LIMIT",
          limitPrice: "64990.00",
          size: "0.3000",
          reduceOnly: false,
          initMarginRatio: "0.0200",
          status: "NEW",
          postTime: now(),
          nonce,
        },
      },
    });
    await order({ isBuy: false, orderType: "MARKET", limitPrice: "64990.00", size: "1.6000" }, BOB);
    const partial = await client.next(channel("account_private"));
    expect(partial.json.data.args).toMatchObject({
      id,
      status: "PARTIALLY_FILLED",
      lastFilledSize: "0.1000",
      lastFilledPrice: "64990.00",
    });
    expect((await bob.next((f) => f.json?.data?.args?.status === "FILLED")).json.data.event).toBe("ORDER");

    const cancel = await signedCancel({ time: now(), nonce: ++nonce, id });
    await call(rig, "/orders/cancel", { body: cancel, apiKey: ALICE.apiKey, query: { time: now() } });
    const cancelled = await client.next(channel("account_private"));
    expect(cancelled.json.data).toEqual({
      event: "ORDER",
      args: { id, status: "CANCELLED", postTime: expect.any(Number), nonce: expect.any(Number) },
    });

    const withdraw = await signedWithdraw(
      { time: now(), nonce: ++nonce, recipient: ALICE.primaryAddress, size: 1_000_000, chainId: 324 },
      "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4",
    );
    await call(rig, "/transfer/withdraw", { body: withdraw, apiKey: ALICE.apiKey });
    const transfer = await client.next(channel("account_private"));
    expect(transfer.json.data).toMatchObject({
      event: "TRANSFER",
      args: { orderType: "WITHDRAW", size: "1.000000", status: "FILLED", code: null, chainId: 324 },
    });
  });

  it("reports asynchronous rejections without a symbol", async () => {
    const client = await connect(`version=1.0&listenKey=${await listenKey()}`);
    await subscribe(client, ["account_private"]);
    const id = await order({ size: "900.0000" });
    const rejected = await client.next(channel("account_private"));
    expect(rejected.json.data.args).toEqual({ id, status: "REJECTED", code: 3002, postTime: now(), nonce });
  });

  it("closes sockets of a lapsed, expired or deleted listen key", async () => {
    const key = await listenKey();
    const lapsing = await connect(`version=1.0&listenKey=${key}`);
    rig.sim.clock.advance(3_600_000);
    expect(await lapsing.closed).toEqual({ code: 4005, reason: "LISTEN_KEY_EXPIRED" });
    expect((await (await connect(`version=1.0&listenKey=${key}`)).closed).code).toBe(4005);

    const second = await listenKey();
    expect(second).not.toBe(key);
    const faulted = await connect(`version=1.0&listenKey=${second}`);
    const connection = rig.harness.connections("vest").find((c) => c.session === second)!;
    await rig.harness.faults.expireSession({ venue: "vest", connection: connection.id });
    expect((await faulted.closed).code).toBe(4005);

    const third = await listenKey();
    const deleted = await connect(`version=1.0&listenKey=${third}`);
    await call(rig, "/account/listenKey", { method: "DELETE", apiKey: ALICE.apiKey });
    expect((await deleted.closed).code).toBe(4004);
  });

  it("shuts down cleanly with sockets open", async () => {
    const client = await connect(`version=1.0&listenKey=${await listenKey()}`);
    await subscribe(client, ["account_private", "BTC-PERP@depth", "tickers"]);
    await rig.close();
    const closed = await client.closed;
    expect(closed.code).toBeGreaterThanOrEqual(1000);
  });
});
