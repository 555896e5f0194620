import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, type Rig, START, StreamClient, signedOrder, startRig, type Wire } from "./__fixtures__/sim.js";
import { EXTENDED_TEST_ACCOUNT, EXTENDED_TEST_SUBACCOUNT } from "./credentials.js";

const KEY = EXTENDED_TEST_ACCOUNT.apiKey;
const SUB_KEY = EXTENDED_TEST_SUBACCOUNT.apiKey;
let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const place = (body: unknown, key = KEY) => api(rig, "POST", "/user/order", { key, body });

describe("extended orders", () => {
  it("accepts a signed order, rests it in the book and on the account stream, then fills it", async () => {
    const stream = await StreamClient.connect(rig, "/account", { "x-api-key": KEY });
    const snapshot = await stream.waitFor(3);
    expect(snapshot.map((m) => [m.type, m.seq, m.data.isSnapshot])).toEqual([
      ["ORDER", 1, true],
      ["BALANCE", 2, true],
      ["POSITION", 3, true],
    ]);
    expect(snapshot[1].data.balance.balance).toBe("100000.000000");

    const order = signedOrder({ price: "100000", qty: "0.01", id: "my-order-1" });
    const placed = await place(order.body);
    expect(placed.status).toBe(200);
    expect(placed.json.data.externalId).toBe("my-order-1");
    expect(typeof placed.json.data.id).toBe("bigint");
    expect(placed.json.data.id).toBeGreaterThan(2n ** 53n);
    const id = placed.json.data.id as bigint;

    const open = await api(rig, "GET", "/user/orders", { key: KEY });
    expect(open.json.data).toHaveLength(1);
    expect(open.json.data[0]).toMatchObject({
      id,
      accountId: 3004,
      externalId: "my-order-1",
      market: "BTC-USD",
      type: "LIMIT",
      side: "BUY",
      status: "NEW",
      price: "100000",
      qty: "0.01",
      filledQty: "0",
      timeInForce: "GTT",
      expireTime: START + 3_600_000,
    });
    const book = await api(rig, "GET", "/info/markets/BTC-USD/orderbook");
    expect(book.json.data.bid[0]).toEqual({ qty: "0.01", price: "100000" });
    const accepted = (await stream.waitFor(4))[3];
    expect(accepted).toMatchObject({ type: "ORDER", seq: 4, data: { isSnapshot: false } });
    expect(accepted.data.orders[0]).toMatchObject({ id, status: "NEW", externalId: "my-order-1" });

    const crossing = signedOrder(
      { side: "SELL", price: "100000", qty: "0.01", id: "sub-1" },
      EXTENDED_TEST_SUBACCOUNT,
    );
    expect((await place(crossing.body, SUB_KEY)).status).toBe(200);
    const messages = await stream.waitFor(8);
    const types = messages.slice(4).map((m) => m.type);
    expect(types).toEqual(["ORDER", "TRADE", "POSITION", "BALANCE"]);
    expect(messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(messages[4].data.orders[0]).toMatchObject({
      id,
      status: "FILLED",
      filledQty: "0.01",
      averagePrice: "100000",
    });
    expect(messages[5].data.trades[0]).toMatchObject({
      orderId: id,
      externalOrderId: "my-order-1",
      side: "BUY",
      price: "100000",
      qty: "0.01",
      value: "1000",
      fee: "0.000000",
      isTaker: false,
      tradeType: "TRADE",
    });
    expect(messages[6].data.positions[0]).toMatchObject({
      market: "BTC-USD",
      side: "LONG",
      size: "0.01",
      status: "OPENED",
    });

    const byExternal = await api(rig, "GET", "/user/orders/external/my-order-1", { key: KEY });
    expect(byExternal.json.data[0]).toMatchObject({ id, status: "FILLED" });
    const byId = await api(rig, "GET", `/user/orders/${id}`, { key: KEY });
    expect(byId.json.data.status).toBe("FILLED");
    const trades = await api(rig, "GET", "/user/trades", { key: KEY });
    expect(trades.json.data).toHaveLength(1);
    expect(trades.json.data[0].externalOrderId).toBeUndefined();
    const subTrades = await api(rig, "GET", "/user/trades", { key: SUB_KEY });
    expect(subTrades.json.data[0]).toMatchObject({ side: "SELL", isTaker: true, fee: "0.250000" });
    const positions = await api(rig, "GET", "/user/positions", { key: KEY });
    expect(positions.json.data[0]).toMatchObject({
      side: "LONG",
      size: "0.01",
      openPrice: "100000",
      value: "1000.000000",
    });
    const history = await api(rig, "GET", "/user/orders/history", { key: KEY });
    expect(history.json.data[0].id).toBe(id);
    expect(history.json.pagination).toEqual({ cursor: id, count: 1 });
    stream.close();
  });

  it("rejects a bad signature with 1101 and a foreign key or vault with 1100 / 1102", async () => {
    const order = signedOrder();
    const tampered = { ...order.body, price: "99991" };
    const bad = await place(tampered);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      status: "ERROR",
      error: { code: 1101, message: "Invalid Starknet signature" },
    });
    const foreign = signedOrder({}, EXTENDED_TEST_SUBACCOUNT);
    expect((await place(foreign.body)).json.error.code).toBe(1100);
    const wrongVault = { ...order.body, settlement: { ...order.body.settlement!, collateralPosition: "1" } };
    expect((await place(wrongVault)).json.error.code).toBe(1102);
    const { settlement: _, ...unsigned } = order.body;
    expect((await place(unsigned)).json.error.code).toBe(1101);
    const swapped = {
      ...order.body,
      settlement: { ...order.body.settlement!, signature: foreign.body.settlement!.signature },
    };
    expect((await place(swapped)).json.error.code).toBe(1101);
    expect((await api(rig, "GET", "/user/orders", { key: KEY })).json.data).toEqual([]);
  });

  it("enforces trading rules with Extended's codes", async () => {
    const code = async (overrides: Parameters<typeof signedOrder>[0]) =>
      (await place(signedOrder(overrides).body)).json.error?.code;
    expect(await code({ qty: "0.00005" })).toBe(1120);
    expect(await code({ qty: "0.000105" })).toBe(1121);
    expect(await code({ price: "99990.5" })).toBe(1124);
    expect(await code({ fee: "0.0001" })).toBe(1128);
    expect(await code({ expiryEpochMillis: START - 1 })).toBe(1135);
    expect(await code({ expiryEpochMillis: START + 91 * 86_400_000 })).toBe(1135);
    expect(await code({ qty: "60" })).toBe(1140);
    expect(await code({ qty: "300", price: "100000" })).toBe(1122);
    expect(await code({ price: "106000" })).toBe(1141);
    expect(await code({ side: "SELL", reduceOnly: true })).toBe(1137);
    const market = signedOrder({ type: "MARKET", timeInForce: "IOC", price: "101000" }).body;
    expect((await place({ ...market, timeInForce: "GTT" })).json.error.code).toBe(1139);
    const first = signedOrder({ id: "dup" });
    expect((await place(first.body)).status).toBe(200);
    expect((await place(signedOrder({ id: "dup", price: "99980" }).body)).json.error.code).toBe(1134);
    const tpsl = await place({ ...signedOrder().body, type: "TPSL" });
    expect(tpsl.json.error.code).toBe(1132);
  });

  it("fills market orders against the maker and reports post-only failures asynchronously", async () => {
    const market = signedOrder({
      type: "MARKET",
      timeInForce: "IOC",
      price: "101000",
      qty: "0.06",
      id: "mkt",
    });
    const placed = await place(market.body);
    expect(placed.status).toBe(200);
    const [filled] = (await api(rig, "GET", "/user/orders/external/mkt", { key: KEY })).json.data;
    expect(filled).toMatchObject({ type: "MARKET", status: "FILLED", filledQty: "0.06", timeInForce: "IOC" });
    expect(Number(filled.averagePrice)).toBeGreaterThan(100001);

    const stream = await StreamClient.connect(rig, "/account", { "x-api-key": KEY });
    await stream.waitFor(3);
    const postOnly = signedOrder({ postOnly: true, price: "100002", id: "po", fee: "0" });
    const accepted = await place(postOnly.body);
    expect(accepted.status).toBe(200);
    const [rejected] = (await api(rig, "GET", "/user/orders/external/po", { key: KEY })).json.data;
    expect(rejected).toMatchObject({
      status: "REJECTED",
      statusReason: "POST_ONLY_FAILED",
      id: accepted.json.data.id,
    });
    const [update] = (await stream.waitFor(4)).slice(3);
    expect(update.data.orders[0]).toMatchObject({
      externalId: "po",
      status: "REJECTED",
      statusReason: "POST_ONLY_FAILED",
    });
    stream.close();
  });

  it("cancels by id, by external id and in bulk; edits through cancelId", async () => {
    const ids: bigint[] = [];
    for (const [i, price] of ["99990", "99980", "99970", "99960"].entries()) {
      const placed = await place(signedOrder({ price, id: `o${i}` }).body);
      ids.push(placed.json.data.id);
    }
    expect((await api(rig, "DELETE", `/user/order/${ids[0]}`, { key: KEY })).json).toEqual({ status: "OK" });
    expect((await api(rig, "DELETE", `/user/order/${ids[0]}`, { key: KEY })).status).toBe(404);
    expect((await api(rig, "DELETE", `/user/order/${ids[1]}`, { key: SUB_KEY })).status).toBe(404);
    expect((await api(rig, "DELETE", "/user/order?externalId=o1", { key: KEY })).json.status).toBe("OK");

    const edit = signedOrder({ price: "99950", id: "o2-edited", cancelId: "o2" });
    const edited = await place(edit.body);
    expect(edited.status).toBe(200);
    const [old] = (await api(rig, "GET", "/user/orders/external/o2", { key: KEY })).json.data;
    expect(old.status).toBe("CANCELLED");
    const missing = await place(signedOrder({ price: "99950", id: "o9", cancelId: "nope" }).body);
    expect(missing.json.error.code).toBe(1142);

    const open = await api(rig, "GET", "/user/orders", { key: KEY });
    expect(open.json.data.map((o: Wire) => o.externalId).sort()).toEqual(["o2-edited", "o3"]);
    expect((await api(rig, "POST", "/user/order/massCancel", { key: KEY, body: {} })).status).toBe(400);
    const mass = await api(rig, "POST", "/user/order/massCancel", {
      key: KEY,
      body: { externalOrderIds: ["o3"] },
    });
    expect(mass.json).toEqual({ status: "OK" });
    expect((await api(rig, "GET", "/user/orders", { key: KEY })).json.data).toHaveLength(1);
    await api(rig, "POST", "/user/order/massCancel", { key: KEY, body: { cancelAll: true } });
    expect((await api(rig, "GET", "/user/orders", { key: KEY })).json.data).toEqual([]);
    const history = await api(rig, "GET", "/user/orders/history?limit=2", { key: KEY });
    expect(history.json.data).toHaveLength(2);
    const next = await api(rig, "GET", `/user/orders/history?cursor=${history.json.pagination.cursor}`, {
      key: KEY,
    });
    expect(next.json.data).toHaveLength(3);
    expect(next.json.data[0].id).toBeLessThan(history.json.data[1].id);
  });

  it("keeps a conditional order untriggered until the mark crosses its trigger", async () => {
    const conditional = signedOrder({
      type: "CONDITIONAL",
      side: "BUY",
      price: "101000",
      qty: "0.01",
      id: "stop",
      trigger: {
        triggerPrice: "100500",
        triggerPriceType: "MARK",
        direction: "UP",
        executionPriceType: "MARKET",
      },
      timeInForce: "IOC",
    });
    expect((await place(conditional.body)).status).toBe(200);
    const [waiting] = (await api(rig, "GET", "/user/orders?type=CONDITIONAL", { key: KEY })).json.data;
    expect(waiting).toMatchObject({
      status: "UNTRIGGERED",
      trigger: {
        triggerPrice: "100500",
        triggerPriceType: "MARK",
        triggerPriceDirection: "UP",
        executionPriceType: "MARKET",
      },
    });
    rig.sim.state.engine.setMarkPrice("BTC-USD", "100600");
    const [done] = (await api(rig, "GET", "/user/orders/external/stop", { key: KEY })).json.data;
    expect(done.status).toBe("FILLED");
  });

  it("runs the dead man's switch on harness timers", async () => {
    await place(signedOrder({ id: "dms" }).body);
    const armed = await api(rig, "POST", "/user/deadmanswitch?countdownTime=1", { key: KEY });
    expect(armed.status).toBe(200);
    expect(armed.text).toBe("");
    await new Promise((r) => setTimeout(r, 1200));
    expect((await api(rig, "GET", "/user/orders", { key: KEY })).json.data).toEqual([]);
  });
});
