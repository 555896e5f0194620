import { type AccountEvent, type Order, ValidationError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIGHTER_TEST_CREDENTIALS } from "../../../testkit/src/venues/lighter/index.js";
import type { LighterPerpetual } from "../../src/perpetual/index.js";
import { LighterRestClient } from "../../src/rest/client.js";
import { LighterSigner } from "../../src/signing/signer.js";
import {
  adapterFor,
  counterparty,
  eventually,
  expectAccountMatchesEngine,
  expectBookMatchesEngine,
  type SimSetup,
  startLighterSim,
} from "./sim.js";

let setup: SimSetup;
let perp: LighterPerpetual;
let events: AccountEvent[];
const others: LighterPerpetual[] = [];
let sendTxPosts = 0;

beforeEach(async () => {
  setup = await startLighterSim();
  sendTxPosts = 0;
  const countingFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    if (request.method === "POST" && new URL(request.url).pathname === "/api/v1/sendTx") sendTxPosts++;
    return fetch(request);
  };
  perp = adapterFor(setup, undefined, { fetch: countingFetch });
  await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
  events = [];
  await perp.watchAccount((event) => events.push(event));
});

afterEach(async () => {
  await Promise.all([perp.stop(), ...others.splice(0).map((o) => o.stop())]);
  await setup.close();
});

function orderEvents(clientOrderId: string): Order[] {
  return events.flatMap((e) =>
    e.type === "order" && e.order.clientOrderId === clientOrderId ? [e.order] : [],
  );
}

async function statusOf(clientOrderId: string, status: Order["status"]): Promise<Order> {
  let found: Order | undefined;
  await eventually(() => {
    found = perp.order({ clientOrderId });
    expect(found?.status).toBe(status);
  });
  return found as Order;
}

describe("LighterPerpetual trading against the simulator", () => {
  it("a post-only limit order is tracked from pending to open on the account stream", async () => {
    const placed = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2900",
      postOnly: true,
      clientOrderId: "1001",
    });
    expect(placed.clientOrderId).toBe("1001");
    expect(["pending", "open"]).toContain(placed.status);
    const open = await statusOf("1001", "open");
    expect(open.id).toMatch(/^\d+$/);
    expect(BigInt(open.id as string) >= 1n << 48n).toBe(true);
    expect(open).toMatchObject({ postOnly: true, timeInForce: "post-only", price: "2900", size: "0.1" });
    expect(orderEvents("1001").map((o) => o.status)).toEqual(["pending", "open"]);
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("a marketable market order fills; position and collateral follow from the streams", async () => {
    const before = perp.accountView().balances[0]?.total;
    const bestAsk = setup.sim.engine.book("ETH")?.asks[0]?.price as string;
    const placed = await perp.placeOrder({ symbol: "ETH", side: "buy", type: "market", size: "0.2" });
    // Worst price: the best ask × 1.05, rounded up to the tick.
    expect(Number(placed.price)).toBeCloseTo(Math.ceil(Number(bestAsk) * 1.05 * 100) / 100, 2);
    const filled = await statusOf(placed.clientOrderId as string, "filled");
    expect(filled.filled).toBe("0.2");
    expect(Number(filled.averageFillPrice)).toBe(Number(bestAsk));
    await eventually(() => {
      expect(events.some((e) => e.type === "fill" && e.fill.clientOrderId === placed.clientOrderId)).toBe(
        true,
      );
      const position = perp.accountView().positions.find((p) => p.symbol === "ETH");
      expect(position).toMatchObject({ side: "long", size: "0.2" });
      expect(perp.accountView().balances[0]?.total).not.toBe(before);
    });
    expect(events.some((e) => e.type === "position" && e.position.size === "0.2")).toBe(true);
    expect(events.some((e) => e.type === "balance")).toBe(true);
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("a post-only order that would cross is rejected after its send was accepted", async () => {
    const placed = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "3050",
      timeInForce: "post-only",
    });
    const rejected = await statusOf(placed.clientOrderId as string, "rejected");
    expect(rejected.statusReason).toMatch(/post-only/);
    await expectAccountMatchesEngine(setup, perp);
  });

  it("a trigger (stop-limit) order rests untriggered as open and is cancelled by client id", async () => {
    const placed = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "3200",
      triggerPrice: "3200",
      triggerDirection: "above",
    });
    expect(placed.type).toBe("stop-limit");
    const open = await statusOf(placed.clientOrderId as string, "open");
    expect(open.triggerPrice).toBe("3200");
    await expectAccountMatchesEngine(setup, perp);
    await perp.cancelOrder({ clientOrderId: placed.clientOrderId as string });
    await statusOf(placed.clientOrderId as string, "cancelled");
    await expectAccountMatchesEngine(setup, perp);
  });

  it("cancels by order id and by client order id", async () => {
    const a = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
    });
    const b = await perp.placeOrder({
      symbol: "ETH",
      side: "sell",
      type: "limit",
      size: "0.1",
      price: "3200",
    });
    const openA = await statusOf(a.clientOrderId as string, "open");
    await statusOf(b.clientOrderId as string, "open");
    await perp.cancelOrder({ orderId: openA.id as string });
    await perp.cancelOrder({ symbol: "ETH", clientOrderId: b.clientOrderId as string });
    await statusOf(a.clientOrderId as string, "cancelled");
    await statusOf(b.clientOrderId as string, "cancelled");
    expect(perp.accountView().openOrders).toEqual([]);
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("cancels all orders of one market, then all", async () => {
    const eth1 = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
    });
    const eth2 = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2810",
    });
    const btc = await perp.placeOrder({
      symbol: "BTC",
      side: "buy",
      type: "limit",
      size: "0.001",
      price: "60000",
    });
    for (const o of [eth1, eth2, btc]) await statusOf(o.clientOrderId as string, "open");
    await perp.cancelAllOrders({ symbol: "ETH" });
    await statusOf(eth1.clientOrderId as string, "cancelled");
    await statusOf(eth2.clientOrderId as string, "cancelled");
    expect(perp.order({ clientOrderId: btc.clientOrderId as string })?.status).toBe("open");
    await expectAccountMatchesEngine(setup, perp);
    await perp.cancelAllOrders();
    await statusOf(btc.clientOrderId as string, "cancelled");
    await expectAccountMatchesEngine(setup, perp);
  });

  it("sets leverage as an initial margin fraction", async () => {
    await perp.setLeverage({ symbol: "ETH", leverage: 10 });
    await eventually(() => {
      expect(setup.sim.state.account(LIGHTER_TEST_CREDENTIALS.accountIndex)?.marginFractions.get(0)).toBe(
        1000,
      );
    });
    await expect(perp.setLeverage({ symbol: "ETH", leverage: 51 })).rejects.toBeInstanceOf(ValidationError);
    await expectAccountMatchesEngine(setup, perp);
  });

  it("validates before signing or sending anything", async () => {
    const attempts: Promise<unknown>[] = [
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.1" }),
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.00001", price: "2900" }),
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.001", price: "2900" }),
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.1", price: "2900.001" }),
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: "0.1",
        price: "2900",
        clientOrderId: "abc",
      }),
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: "0.1",
        price: "2900",
        timeInForce: "FOK",
      }),
      perp.placeOrder({ symbol: "DOGE", side: "buy", type: "limit", size: "1", price: "1" }),
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: 0.1 as unknown as string,
        price: "2900",
      }),
      perp.cancelOrder({ orderId: "12" }),
      perp.cancelOrder({ clientOrderId: "5" }),
      perp.setLeverage({ symbol: "ETH", leverage: 0 }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(sendTxPosts).toBe(0);
    expect(perp.accountView().openOrders).toEqual([]);
  });

  it("a fill against a counterparty's resting order reaches both accounts", async () => {
    const other = counterparty(setup);
    others.push(other);
    await other.start({ waitUntilReady: true, timeoutMs: 5000 });
    const resting = await other.placeOrder({
      symbol: "BTC",
      side: "sell",
      type: "limit",
      size: "0.001",
      price: "65000",
    });
    await eventually(() =>
      expect(other.order({ clientOrderId: resting.clientOrderId as string })?.status).toBe("open"),
    );
    const taker = await perp.placeOrder({
      symbol: "BTC",
      side: "buy",
      type: "limit",
      size: "0.001",
      price: "65000",
      timeInForce: "IOC",
    });
    await statusOf(taker.clientOrderId as string, "filled");
    await eventually(() =>
      expect(other.order({ clientOrderId: resting.clientOrderId as string })?.status).toBe("filled"),
    );
    await expectAccountMatchesEngine(setup, perp);
    await expectAccountMatchesEngine(
      setup,
      other,
      (await import("../../../testkit/src/venues/lighter/index.js")).LIGHTER_COUNTERPARTY_CREDENTIALS,
    );
  });

  it("a nonce conflict (another sender used the key) resyncs the nonce and the order succeeds", async () => {
    const first = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
    });
    await statusOf(first.clientOrderId as string, "open");
    const cached = perp.nonces?.peek();
    expect(cached).toBeDefined();
    // Another process with the same API key sends a transaction with the venue's next nonce.
    const outsider = LighterSigner.fromPrivateKey(LIGHTER_TEST_CREDENTIALS.apiPrivateKey, {
      accountIndex: LIGHTER_TEST_CREDENTIALS.accountIndex,
      apiKeyIndex: LIGHTER_TEST_CREDENTIALS.apiKeyIndex,
      chainId: 304,
      now: () => setup.sim.clock.now(),
    });
    const rest = new LighterRestClient({ restUrl: setup.restUrl });
    const { nonce } = await rest.getNextNonce({
      accountIndex: outsider.accountIndex,
      apiKeyIndex: outsider.apiKeyIndex,
    });
    await rest.sendTx(
      outsider.updateLeverage({ MarketIndex: 1, InitialMarginFraction: 500, MarginMode: 0, Nonce: nonce }),
    );
    const posts = sendTxPosts;
    const second = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2810",
    });
    expect(sendTxPosts - posts).toBe(2); // refused for its nonce (21104), resynced, sent again
    await statusOf(second.clientOrderId as string, "open");
    expect(perp.nonces?.peek()).toBe(BigInt(nonce) + 2n);
    await expectAccountMatchesEngine(setup, perp);
  });
});
