import {
  type AccountEvent,
  InsufficientMarginError,
  type Order,
  ValidationError,
  VenueApiError,
} from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ExtendedPerpetual } from "../../src/index.js";
import {
  adapter,
  EXTENDED_TEST_ACCOUNT,
  expectAdapterMatchesEngine,
  followBook,
  startVenue,
  until,
  type Venue,
} from "./sim.js";

let venue: Venue;
let perp: ExtendedPerpetual;
let events: AccountEvent[];
let unsubscribe: () => Promise<void>;

const ACCOUNT = String(EXTENDED_TEST_ACCOUNT.accountId);

beforeEach(async () => {
  venue = await startVenue();
  perp = adapter(venue);
  await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
  events = [];
  const subscription = await perp.watchAccount((event) => events.push(event), { onError: () => {} });
  unsubscribe = () => subscription.unsubscribe();
});

afterEach(async () => {
  await unsubscribe();
  await perp.stop();
  await venue.close();
});

/** Order states the account event stream reported for one client order id, in order. */
function statesOf(clientOrderId: string | undefined): string[] {
  return events
    .filter((e): e is Extract<AccountEvent, { type: "order" }> => e.type === "order")
    .filter((e) => e.order.clientOrderId === clientOrderId)
    .map((e) => e.order.status);
}

async function settled(order: Order, status: string): Promise<Order> {
  await until(
    () => perp.getOrder({ clientOrderId: order.clientOrderId as string })?.status === status,
    `order ${status}`,
  );
  return perp.getOrder({ clientOrderId: order.clientOrderId as string }) as Order;
}

describe("ExtendedPerpetual trading against the simulator", () => {
  it("a post-only limit order is tracked pending, then seen open on the account stream", async () => {
    const placed = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "99000",
      timeInForce: "post-only",
      clientOrderId: "po-1",
    });
    expect(placed.clientOrderId).toBe("po-1");
    expect(placed.id).toMatch(/^\d+$/);
    const open = await settled(placed, "open");
    expect(open).toMatchObject({ postOnly: true, price: "99000", size: "0.01", filled: "0" });
    expect(statesOf("po-1")[0]).toBe("pending");
    expect(statesOf("po-1")).toContain("open");
    // 64-bit ids stay exact: the simulator starts above 2^53.
    expect(BigInt(open.id as string) > 2n ** 53n).toBe(true);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("the account iterator yields the order's events", async () => {
    const stream = perp.watchAccount();
    await stream.ready;
    const placed = await perp.placeOrder({
      symbol: "ETH-USD",
      side: "sell",
      type: "limit",
      size: "0.1",
      price: "3600",
    });
    const seen: string[] = [];
    for await (const event of stream) {
      if (event.type === "order" && event.order.clientOrderId === placed.clientOrderId)
        seen.push(event.order.status);
      if (seen.includes("open")) break;
    }
    expect(seen).toContain("open");
    expectAdapterMatchesEngine(perp, venue);
  });

  it("a post-only order that would take is rejected on the stream after an accepted POST", async () => {
    const book = await perp.fetchOrderBook("BTC-USD", { depth: 1 });
    const ask = book.asks[0]?.price as string;
    const placed = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: ask,
      postOnly: true,
    });
    const rejected = await settled(placed, "rejected");
    expect(rejected.statusReason).toBe("POST_ONLY_FAILED");
    expect(perp.trackedOpenOrders()).toEqual([]);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("a marketable order fills; positions and balances update from the stream", async () => {
    const before = perp.accountState().balances[0]?.total;
    const placed = await perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "market", size: "0.02" });
    const filled = await settled(placed, "filled");
    expect(filled.filled).toBe("0.02");
    expect(filled.averageFillPrice).toBeDefined();
    await until(() => perp.accountState().positions.length === 1, "the position");
    expect(perp.accountState().positions[0]).toMatchObject({ symbol: "BTC-USD", side: "long", size: "0.02" });
    const fills = events.filter((e) => e.type === "fill");
    expect(fills.length).toBeGreaterThan(0);
    expect(new Set(fills.map((f) => (f.type === "fill" ? f.fill.id : ""))).size).toBe(fills.length);
    expect(events.some((e) => e.type === "position")).toBe(true);
    await until(() => perp.accountState().balances[0]?.total !== before, "the balance after fees");
    // Close it again with a reduce-only market sell.
    const close = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "sell",
      type: "market",
      size: "0.02",
      reduceOnly: true,
    });
    await settled(close, "filled");
    await until(() => perp.accountState().positions.length === 0, "the position closed");
    expectAdapterMatchesEngine(perp, venue);
  });

  it("cancels by venue id and by client order id", async () => {
    const a = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "98000",
    });
    const b = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "sell",
      type: "limit",
      size: "0.01",
      price: "102000",
      clientOrderId: "cancel-me",
    });
    const openA = await settled(a, "open");
    await settled(b, "open");
    await perp.cancelOrder({ orderId: openA.id as string });
    await perp.cancelOrder({ clientOrderId: "cancel-me" });
    await settled(a, "cancelled");
    await settled(b, "cancelled");
    await expect(perp.cancelOrder({ orderId: "12345" })).rejects.toThrow(VenueApiError);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("cancels all orders of one market, then all", async () => {
    const orders = await Promise.all([
      perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "98000" }),
      perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "97000" }),
      perp.placeOrder({ symbol: "ETH-USD", side: "buy", type: "limit", size: "0.1", price: "3400" }),
    ]);
    for (const order of orders) await settled(order, "open");
    await perp.cancelAllOrders({ symbol: "BTC-USD" });
    await until(() => perp.trackedOpenOrders().length === 1, "BTC orders cancelled");
    expect(perp.trackedOpenOrders()[0]?.symbol).toBe("ETH-USD");
    expectAdapterMatchesEngine(perp, venue);
    await perp.cancelAllOrders();
    await until(() => perp.trackedOpenOrders().length === 0, "every order cancelled");
    expectAdapterMatchesEngine(perp, venue);
  });

  it("cancels a list in one request and arms the dead man's switch", async () => {
    const a = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "98000",
    });
    const b = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "97000",
    });
    const openA = await settled(a, "open");
    await settled(b, "open");
    await perp.cancelOrders([{ orderId: openA.id as string }, { clientOrderId: b.clientOrderId as string }]);
    await until(() => perp.trackedOpenOrders().length === 0, "both cancelled");
    await perp.cancelAllAfter(60_000);
    await perp.cancelAllAfter(0);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("a conditional (stop) order rests untriggered and is tracked as a stop", async () => {
    const placed = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "105000",
      triggerPrice: "104000",
    });
    const open = await settled(placed, "open");
    expect(open).toMatchObject({ type: "stop-limit", triggerPrice: "104000" });
    expectAdapterMatchesEngine(perp, venue);
  });

  it("validates before signing or sending; venue refusals map to core errors and reject the order", async () => {
    const bad = [
      { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.000001", price: "99000" },
      { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "99000.5" },
      { symbol: "DOGE-USD", side: "buy", type: "limit", size: "1", price: "1" },
      { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "99000", timeInForce: "FOK" },
      { symbol: "BTC-USD", side: "buy", type: "limit", size: 0.01, price: "99000" },
    ];
    for (const request of bad) {
      await expect(perp.placeOrder(request as never)).rejects.toThrow(ValidationError);
    }
    expect(perp.trackedOpenOrders()).toEqual([]);
    await expect(perp.setLeverage({ symbol: "BTC-USD", leverage: 75 })).rejects.toThrow(ValidationError);
    await expect(
      perp.setLeverage({ symbol: "BTC-USD", leverage: 5, marginMode: "isolated" }),
    ).rejects.toThrow(ValidationError);

    // Reduce-only without a position: refused by the venue (1137), the tracked order is rejected.
    const reduce = perp.placeOrder({
      symbol: "BTC-USD",
      side: "sell",
      type: "limit",
      size: "0.01",
      price: "101000",
      reduceOnly: true,
      clientOrderId: "reduce-1",
    });
    await expect(reduce).rejects.toThrow(VenueApiError);
    expect(perp.getOrder({ clientOrderId: "reduce-1" })?.status).toBe("rejected");

    // Far more than the account's margin: InsufficientMarginError.
    await expect(
      perp.placeOrder({
        symbol: "BTC-USD",
        side: "buy",
        type: "limit",
        size: "100",
        price: "99000",
        clientOrderId: "big",
      }),
    ).rejects.toThrow(InsufficientMarginError);
    expect(perp.getOrder({ clientOrderId: "big" })?.status).toBe("rejected");

    // Attached TP/SL are signed and sent; this simulator does not serve them (1132).
    await expect(
      perp.placeOrder({
        symbol: "BTC-USD",
        side: "buy",
        type: "limit",
        size: "0.01",
        price: "99000",
        takeProfit: { triggerPrice: "110000" },
        stopLoss: { triggerPrice: "90000", price: "89000" },
        clientOrderId: "tpsl-1",
      }),
    ).rejects.toThrow(/1132/);
    expect(perp.getOrder({ clientOrderId: "tpsl-1" })?.status).toBe("rejected");
    expect(venue.sim.state.engine.openOrders(ACCOUNT)).toEqual([]);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("sets leverage; the venue reports it back", async () => {
    await perp.setLeverage({ symbol: "BTC-USD", leverage: 10 });
    const leverage = await perp.rest.getLeverage({ market: "BTC-USD" });
    expect(leverage).toEqual([{ market: "BTC-USD", leverage: "10" }]);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("the followed book reflects resting orders after a flush", async () => {
    const book = await followBook(perp, "BTC-USD");
    await until(() => book.seen.book !== undefined, "the book");
    const placed = await perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.5",
      price: "99990",
    });
    await settled(placed, "open");
    venue.sim.flush();
    await until(
      () =>
        book.seen.book?.bids[0]?.size !== undefined &&
        book.seen.book.bids.some((l) => l.price === "99990" && l.size !== "0.05"),
      "the delta",
    );
    expectAdapterMatchesEngine(perp, venue, EXTENDED_TEST_ACCOUNT, { symbol: "BTC-USD", seen: book.seen });
    await book.unsubscribe();
  });
});
