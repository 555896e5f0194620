import Big from "big.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  connect,
  type Frame,
  type LighterRig,
  ofType,
  sendTx,
  signerFor,
  startLighter,
  type WsClient,
} from "./__fixtures__/lighter-client.js";
import { LIGHTER_TEST_CREDENTIALS as ALICE, LIGHTER_COUNTERPARTY_CREDENTIALS as BOB } from "./credentials.js";

let rig: LighterRig;
const clients: WsClient[] = [];
const DAY = 86_400_000;

beforeEach(async () => {
  rig = await startLighter();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await rig.close();
});

let nonces = new Map<bigint, number>();
beforeEach(() => {
  nonces = new Map();
});

function order(price: number, size: number, ask = false, creds = ALICE, coi = 0) {
  const nonce = nonces.get(creds.accountIndex) ?? 0;
  nonces.set(creds.accountIndex, nonce + 1);
  return signerFor(rig, creds).createOrder({
    MarketIndex: 0,
    ClientOrderIndex: coi,
    BaseAmount: size,
    Price: price,
    IsAsk: ask ? 1 : 0,
    Type: 0,
    TimeInForce: 1,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: rig.sim.clock.now() + 28 * DAY,
    Nonce: nonce,
  });
}

type Book = Map<string, string>;
function apply(book: { bids: Book; asks: Book }, frame: Frame): void {
  for (const side of ["bids", "asks"] as const) {
    for (const level of frame.json.order_book[side] as { price: string; size: string }[]) {
      if (new Big(level.size).eq(0)) book[side].delete(level.price);
      else book[side].set(level.price, level.size);
    }
  }
}
function engineBook() {
  const b = rig.sim.engine.book("ETH")!;
  const map = (levels: { price: string; size: string }[]) =>
    new Map(levels.map((l) => [new Big(l.price).toFixed(2), new Big(l.size).toFixed(4)]));
  return { bids: map(b.bids), asks: map(b.asks) };
}

describe("Lighter WebSocket: connection and subscriptions", () => {
  it("greets, answers pings, and refuses bad, duplicate and unknown requests with Lighter's codes", async () => {
    const client = await connect(rig, clients);
    client.send({ type: "ping" });
    expect((await client.next()).json).toEqual({ type: "pong" });
    client.send({ type: "subscribe", channel: "order_book/42" });
    expect((await client.next()).json).toEqual({ error: { code: 30005, message: "Invalid Channel" } });
    client.send({ type: "subscribe", channel: "height" });
    expect((await client.next()).json).toMatchObject({
      type: "subscribed/height",
      channel: "height",
      height: 1,
    });
    client.send({ type: "subscribe", channel: "height" });
    expect((await client.next()).json).toEqual({
      error: { code: 30003, message: "Already Subscribed to height" },
    });
    client.send({ type: "unsubscribe", channel: "height" });
    expect((await client.next()).json).toEqual({ type: "unsubscribed", channel: "height" });
    client.send({ type: "unsubscribe", channel: "height" });
    expect((await client.next()).json.error.code).toBe(30002);
    client.ws.send("{nope");
    expect((await client.next()).json.error.code).toBe(30000);
    client.send({ type: "dance" });
    expect((await client.next()).json.error.code).toBe(30001);
  });

  it("closes 1008 'no pong' when the client leaves a server ping unanswered", async () => {
    await rig.close();
    rig = await startLighter({ pingIntervalMs: 100 });
    const silent = await connect(rig, clients);
    expect((await silent.next(ofType("ping"))).json).toEqual({ type: "ping" });
    expect(await silent.closed).toEqual({ code: 1008, reason: "no pong" });
    const polite = await connect(rig, clients);
    for (let i = 0; i < 3; i++) {
      await polite.next(ofType("ping"));
      polite.send({ type: "pong" });
    }
    expect(polite.ws.readyState).toBe(polite.ws.OPEN);
  });
});

describe("Lighter WebSocket: order book", () => {
  it("sends a snapshot, then deltas whose begin_nonce chains to the previous nonce and rebuild the engine book", async () => {
    const client = await connect(rig, clients);
    client.send({ type: "subscribe", channel: "order_book/0" });
    const snapshot = await client.next(ofType("subscribed/order_book"));
    expect(snapshot.json).toMatchObject({ channel: "order_book:0", order_book: { code: 0, begin_nonce: 0 } });
    const book = { bids: new Map(), asks: new Map() };
    apply(book, snapshot);
    expect(book).toEqual(engineBook());
    let last = BigInt(snapshot.json.order_book.nonce);
    await sendTx(rig, order(299_500, 2500));
    await sendTx(rig, order(300_001, 1000, true, BOB));
    await sendTx(rig, order(300_001, 1000, false, BOB));
    for (let i = 0; i < 3; i++) {
      const update = await client.next(ofType("update/order_book"));
      expect(BigInt(update.json.order_book.begin_nonce)).toBe(last);
      expect(BigInt(update.json.order_book.nonce)).toBe(last + 1n);
      last = BigInt(update.json.order_book.nonce);
      apply(book, update);
    }
    expect(book).toEqual(engineBook());
    expect(book.bids.get("2995.00")).toBe("0.2500");
  });

  it("lets a harness skip fault show up as a begin_nonce gap", async () => {
    const client = await connect(rig, clients);
    client.send({ type: "subscribe", channel: "order_book/0" });
    const snapshot = await client.next(ofType("subscribed/order_book"));
    await rig.harness.faults.sequence("lighter", { action: "skip", count: 1 });
    await sendTx(rig, order(299_500, 1000));
    await sendTx(rig, order(299_400, 1000));
    const update = await client.next(ofType("update/order_book"));
    expect(BigInt(update.json.order_book.begin_nonce)).not.toBe(BigInt(snapshot.json.order_book.nonce));
    expect(BigInt(update.json.order_book.begin_nonce)).toBe(BigInt(snapshot.json.order_book.nonce) + 1n);
  });

  it("streams trades and tickers", async () => {
    const client = await connect(rig, clients);
    client.send({ type: "subscribe", channel: "trade/0" });
    expect((await client.next(ofType("subscribed/trade"))).json).toMatchObject({
      channel: "trade:0",
      trades: [],
    });
    client.send({ type: "subscribe", channel: "ticker/0" });
    expect((await client.next(ofType("subscribed/ticker"))).json.ticker).toEqual({
      s: "ETH",
      a: { price: "3000.01", size: "0.5000" },
      b: { price: "2999.99", size: "0.5000" },
    });
    await sendTx(rig, order(300_001, 1000, false, BOB));
    await client
      .next(ofType("update/trade"))
      .then((trade) =>
        expect(trade.json.trades[0]).toMatchObject({ price: "3000.01", size: "0.1000", is_maker_ask: true }),
      );
    const frames = await client.drain(50);
    expect(frames.some((f) => f.json?.type === "update/ticker")).toBe(false);
    await sendTx(rig, order(300_001, 1000, false, BOB));
    const ticker = await client.next(ofType("update/ticker"));
    expect(ticker.json.ticker.a).toEqual({ price: "3000.01", size: "0.3000" });
  });
});

describe("Lighter WebSocket: account channels and transactions", () => {
  it("needs an auth token for the account on account_orders", async () => {
    const client = await connect(rig, clients);
    client.send({ type: "subscribe", channel: `account_orders/0/${ALICE.accountIndex}` });
    expect((await client.next()).json.error.code).toBe(20013);
    const bobToken = signerFor(rig, BOB).createAuthToken().token;
    client.send({ type: "subscribe", channel: `account_orders/0/${ALICE.accountIndex}`, auth: bobToken });
    expect((await client.next()).json.error.code).toBe(20013);
  });

  it("shows a resting order on the account stream, then its fill, trade and position", async () => {
    const client = await connect(rig, clients);
    const auth = signerFor(rig).createAuthToken().token;
    client.send({ type: "subscribe", channel: `account_orders/0/${ALICE.accountIndex}`, auth });
    const snapshot = await client.next(ofType("subscribed/account_orders"));
    expect(snapshot.json).toMatchObject({ channel: "account_orders:0", account: 281, orders: {} });
    client.send({ type: "subscribe", channel: `account_all/${ALICE.accountIndex}` });
    await client.next(ofType("subscribed/account_all"));
    await sendTx(rig, order(300_000, 1000, false, ALICE, 77));
    const placed = await client.next(ofType("update/account_orders"));
    expect(placed.json.orders["0"][0]).toMatchObject({
      client_order_index: 77,
      status: "open",
      price: "3000.00",
    });
    await sendTx(rig, order(300_000, 1000, true, BOB));
    const filled = await client.next(
      (f) => f.json?.type === "update/account_orders" && f.json.orders["0"][0].status === "filled",
    );
    expect(filled.json.orders["0"][0]).toMatchObject({
      filled_base_amount: "0.1000",
      filled_quote_amount: "300.000000",
    });
    const all = await client.next(
      (f) => f.json?.type === "update/account_all" && Object.keys(f.json.trades).length > 0,
    );
    expect(all.json.trades["0"][0]).toMatchObject({ price: "3000.00", bid_client_id: 77 });
    expect(all.json.positions["0"]).toMatchObject({ position: "0.1000", sign: 1 });
  });

  it("accepts jsonapi/sendtx with tx_info as an object and echoes the id", async () => {
    const client = await connect(rig, clients);
    const signed = order(299_000, 1000);
    client.send({
      type: "jsonapi/sendtx",
      data: { id: "req-1", tx_type: signed.txType, tx_info: JSON.parse(signed.txInfo) },
    });
    expect((await client.next(ofType("jsonapi/sendtx"))).json).toEqual({
      type: "jsonapi/sendtx",
      id: "req-1",
      code: 200,
      message: "",
      tx_hash: signed.txHash,
    });
    client.send({
      type: "jsonapi/sendtx",
      data: { id: "req-2", tx_type: signed.txType, tx_info: JSON.parse(signed.txInfo) },
    });
    expect((await client.next(ofType("jsonapi/sendtx"))).json).toMatchObject({ id: "req-2", code: 21104 });
  });

  it("closes its sockets on harness shutdown", async () => {
    const client = await connect(rig, clients);
    await rig.close();
    expect((await client.closed).code).toBeGreaterThan(1000);
    expect(rig.harness.connections("lighter")).toEqual([]);
  });
});
