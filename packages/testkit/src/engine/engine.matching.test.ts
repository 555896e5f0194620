import { describe, expect, it } from "vitest";
import { limit, ofType, place, quietEngine, rejectionOf } from "./__fixtures__/engine-fixture.js";

describe("matching: price-time priority and partial fills", () => {
  it("fills the best price first, then the oldest order at that price, at the maker's price", () => {
    const { engine } = quietEngine();
    const older = place(engine, limit("alice", "sell", "101", "1"));
    const better = place(engine, limit("bob", "sell", "100.5", "1"));
    const newer = place(engine, limit("carol", "sell", "101", "1"));
    const taker = place(engine, limit("alice", "buy", "101", "2.5", { selfTradePrevention: "none" }));
    expect(taker.fills.map((f) => [f.price, f.size, f.liquidity])).toEqual([
      ["100.5", "1", "taker"],
      ["101", "1", "taker"],
      ["101", "0.5", "taker"],
    ]);
    expect(engine.order(better.order.id)?.status).toBe("filled");
    expect(engine.order(older.order.id)?.status).toBe("filled");
    expect(engine.order(newer.order.id)).toMatchObject({
      status: "partially-filled",
      remainingSize: "0.5",
      filledSize: "0.5",
    });
    expect(engine.order(taker.order.id)).toMatchObject({ status: "filled", averageFillPrice: "100.8" });
    expect(engine.book("BTC-USD")?.asks).toEqual([{ price: "101", size: "0.5" }]);
  });

  it("rests the unfilled part of a GTC limit and aggregates levels by price", () => {
    const { engine } = quietEngine();
    place(engine, limit("alice", "sell", "100", "0.4"));
    const buy = place(engine, limit("bob", "buy", "100", "1"));
    expect(buy.order).toMatchObject({ status: "partially-filled", remainingSize: "0.6" });
    place(engine, limit("carol", "buy", "100", "0.25"));
    place(engine, limit("carol", "buy", "99.5", "1"));
    const book = engine.book("BTC-USD")!;
    expect(book.bids).toEqual([
      { price: "100", size: "0.85" },
      { price: "99.5", size: "1" },
    ]);
    expect(book.asks).toEqual([]);
  });

  it("rejects prices off the tick grid and sizes off the step grid or below the minimum", () => {
    const { engine } = quietEngine({}, { minSize: "0.01" });
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "100.3", "1")))).toBe("invalid-price");
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "-1", "1")))).toBe("invalid-price");
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "100", "0.0015")))).toBe("invalid-size");
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "100", "0.005")))).toBe("size-below-minimum");
    expect(rejectionOf(engine.placeOrder(limit("nobody", "buy", "100", "1")))).toBe("unknown-account");
    expect(rejectionOf(engine.placeOrder({ ...limit("alice", "buy", "100", "1"), market: "ETH-USD" }))).toBe(
      "unknown-market",
    );
  });
});

describe("matching: time in force and order flags", () => {
  it("market orders take up to the worst price and cancel the rest", () => {
    const { engine, events } = quietEngine();
    place(engine, limit("bob", "sell", "100", "1"));
    place(engine, limit("bob", "sell", "102", "1"));
    const market = place(engine, { ...limit("alice", "buy", "101", "2"), type: "market" });
    expect(market.fills.map((f) => f.price)).toEqual(["100"]);
    expect(market.order).toMatchObject({ status: "cancelled", filledSize: "1", timeInForce: "IOC" });
    expect(ofType(events, "order-cancelled").at(-1)?.reason).toBe("unfilled-immediate-or-cancel");
    expect(
      rejectionOf(
        engine.placeOrder({ ...limit("alice", "buy", "101", "1"), type: "market", timeInForce: "GTC" }),
      ),
    ).toBe("invalid-order");
  });

  it("IOC limit never rests", () => {
    const { engine } = quietEngine();
    const ioc = place(engine, limit("alice", "buy", "100", "1", { timeInForce: "IOC" }));
    expect(ioc.order.status).toBe("cancelled");
    expect(engine.book("BTC-USD")?.bids).toEqual([]);
  });

  it("FOK fills completely or is rejected without touching the book", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "100", "1"));
    place(engine, limit("carol", "sell", "100.5", "1"));
    const before = engine.seq;
    expect(
      rejectionOf(engine.placeOrder(limit("alice", "buy", "100.5", "2.5", { timeInForce: "FOK" }))),
    ).toBe("fill-or-kill-unfillable");
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "100", "1.5", { timeInForce: "FOK" })))).toBe(
      "fill-or-kill-unfillable",
    );
    expect(engine.events(before).map((e) => e.type)).toEqual(["order-rejected", "order-rejected"]);
    const fok = place(engine, limit("alice", "buy", "100.5", "2", { timeInForce: "FOK" }));
    expect(fok.order.status).toBe("filled");
    expect(fok.fills).toHaveLength(2);
  });

  it("post-only rests when passive and is rejected when it would take", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "101", "1"));
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "101", "1", { postOnly: true })))).toBe(
      "post-only-would-take",
    );
    const passive = place(engine, limit("alice", "buy", "100.5", "1", { postOnly: true }));
    expect(passive.order.status).toBe("open");
    expect(
      rejectionOf(
        engine.placeOrder(limit("alice", "buy", "100", "1", { postOnly: true, timeInForce: "IOC" })),
      ),
    ).toBe("invalid-order");
  });

  it("reduce-only is rejected when it would open, grow or flip a position, and stops at flat", () => {
    const { engine, events } = quietEngine();
    expect(rejectionOf(engine.placeOrder(limit("alice", "sell", "100", "1", { reduceOnly: true })))).toBe(
      "reduce-only-would-increase",
    );
    place(engine, limit("bob", "sell", "100", "1"));
    place(engine, limit("alice", "buy", "100", "1"));
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "99", "1", { reduceOnly: true })))).toBe(
      "reduce-only-would-increase",
    );
    expect(rejectionOf(engine.placeOrder(limit("alice", "sell", "102", "1.5", { reduceOnly: true })))).toBe(
      "reduce-only-exceeds-position",
    );
    const first = place(engine, limit("alice", "sell", "102", "1", { reduceOnly: true }));
    const second = place(engine, limit("alice", "sell", "103", "1", { reduceOnly: true }));
    const buyer = place(engine, limit("carol", "buy", "103", "3"));
    expect(buyer.fills.map((f) => [f.price, f.size])).toEqual([["102", "1"]]);
    expect(engine.order(first.order.id)?.status).toBe("filled");
    expect(engine.order(second.order.id)?.status).toBe("cancelled");
    expect(ofType(events, "order-cancelled").find((e) => e.order.id === second.order.id)?.reason).toBe(
      "reduce-only",
    );
    expect(engine.position("alice", "BTC-USD")?.size).toBe("0");
  });

  it("trims a resting reduce-only order to the position when the position shrank meanwhile", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "100", "2"));
    place(engine, limit("alice", "buy", "100", "2"));
    const resting = place(engine, limit("alice", "sell", "105", "2", { reduceOnly: true }));
    place(engine, limit("carol", "buy", "101", "1.5"));
    place(engine, limit("alice", "sell", "101", "1.5"));
    const buyer = place(engine, limit("carol", "buy", "105", "2"));
    expect(buyer.fills.map((f) => f.size)).toEqual(["0.5"]);
    expect(engine.order(resting.order.id)).toMatchObject({ status: "cancelled", filledSize: "0.5" });
    expect(engine.position("alice", "BTC-USD")?.size).toBe("0");
  });

  it("GTT orders expire on the clock, both resting and when looked at lazily", () => {
    const { engine, clock, events } = quietEngine();
    const now = clock.now();
    expect(
      rejectionOf(
        engine.placeOrder(limit("alice", "buy", "99", "1", { timeInForce: "GTT", expiresAt: now })),
      ),
    ).toBe("invalid-expiry");
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "99", "1", { timeInForce: "GTT" })))).toBe(
      "invalid-expiry",
    );
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "99", "1", { expiresAt: now + 5 })))).toBe(
      "invalid-order",
    );
    const gtt = place(
      engine,
      limit("alice", "buy", "99", "1", { timeInForce: "GTT", expiresAt: now + 1000 }),
    );
    clock.advance(999);
    engine.tick();
    expect(engine.order(gtt.order.id)?.status).toBe("open");
    clock.advance(1);
    engine.tick();
    expect(engine.order(gtt.order.id)?.status).toBe("expired");
    expect(ofType(events, "order-expired").map((e) => e.order.id)).toEqual([gtt.order.id]);
    expect(engine.book("BTC-USD")?.bids).toEqual([]);
    const lazy = place(
      engine,
      limit("bob", "sell", "101", "1", { timeInForce: "GTT", expiresAt: clock.now() + 10 }),
    );
    clock.advance(10);
    const taker = place(engine, limit("carol", "buy", "101", "1", { timeInForce: "IOC" }));
    expect(taker.fills).toEqual([]);
    expect(engine.order(lazy.order.id)?.status).toBe("expired");
  });

  it("rejects a client id that a live order of the same account already uses", () => {
    const { engine } = quietEngine();
    place(engine, limit("alice", "buy", "99", "1", { clientId: "c-1" }));
    expect(rejectionOf(engine.placeOrder(limit("alice", "buy", "98", "1", { clientId: "c-1" })))).toBe(
      "duplicate-client-id",
    );
    place(engine, limit("bob", "buy", "98", "1", { clientId: "c-1" }));
  });
});

describe("self-trade prevention", () => {
  const setup = (mode: "expire-taker" | "expire-maker" | "expire-both" | "none") => {
    const fixture = quietEngine();
    const own = place(fixture.engine, limit("alice", "sell", "100", "1"));
    const other = place(fixture.engine, limit("bob", "sell", "100.5", "1"));
    const taker = place(fixture.engine, limit("alice", "buy", "100.5", "2", { selfTradePrevention: mode }));
    const status = (id: string) => fixture.engine.order(id)?.status;
    return { ...fixture, own, other, taker, status };
  };

  it("expire-maker cancels the resting own order and keeps matching", () => {
    const { own, other, taker, status, events } = setup("expire-maker");
    expect(status(own.order.id)).toBe("cancelled");
    expect(status(other.order.id)).toBe("filled");
    expect(taker.fills.map((f) => f.price)).toEqual(["100.5"]);
    expect(taker.order).toMatchObject({ status: "partially-filled", remainingSize: "1" });
    expect(ofType(events, "order-cancelled")[0]?.reason).toBe("self-trade-prevention");
  });

  it("expire-taker cancels the incoming order and leaves the book", () => {
    const { own, other, taker, status } = setup("expire-taker");
    expect(taker.order.status).toBe("cancelled");
    expect(taker.fills).toEqual([]);
    expect(status(own.order.id)).toBe("open");
    expect(status(other.order.id)).toBe("open");
  });

  it("expire-both cancels both", () => {
    const { own, other, taker, status } = setup("expire-both");
    expect(taker.order.status).toBe("cancelled");
    expect(status(own.order.id)).toBe("cancelled");
    expect(status(other.order.id)).toBe("open");
  });

  it("none lets the account trade with itself, paying both fees", () => {
    const { engine, taker } = setup("none");
    expect(taker.fills.map((f) => f.price)).toEqual(["100", "100.5"]);
    expect(engine.position("alice", "BTC-USD")?.size).toBe("1");
    // Own trade: maker 100 × 0.0002 + taker 100 × 0.0005; then taker 100.5 × 0.0005 against bob.
    expect(engine.balance("alice")?.feesPaid).toBe("0.12025");
  });
});

describe("conditional orders", () => {
  it("stop orders fire when the mark crosses the trigger and then behave as their order", () => {
    const { engine, events } = quietEngine();
    place(engine, limit("bob", "sell", "103", "1"));
    const stop = place(engine, {
      ...limit("alice", "buy", "104", "1"),
      type: "market",
      trigger: { price: "102", kind: "stop" },
    });
    expect(stop.order).toMatchObject({ status: "untriggered", trigger: { price: "102", direction: "up" } });
    expect(engine.book("BTC-USD")?.bids).toEqual([]);
    engine.setMarkPrice("BTC-USD", "101.5");
    expect(engine.order(stop.order.id)?.status).toBe("untriggered");
    engine.setMarkPrice("BTC-USD", "102");
    expect(engine.order(stop.order.id)).toMatchObject({ status: "filled", averageFillPrice: "103" });
    expect(ofType(events, "order-updated").map((e) => e.change)).toEqual(["triggered"]);
  });

  it("take-profit sells fire on a rise, stop sells on a fall, and a direction can be given", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "100", "1"));
    place(engine, limit("alice", "buy", "100", "1"));
    const tp = place(engine, {
      ...limit("alice", "sell", "110", "1"),
      trigger: { price: "110", kind: "take-profit" },
    });
    const sl = place(engine, {
      ...limit("alice", "sell", "90", "1"),
      trigger: { price: "90", kind: "stop" },
    });
    const explicit = place(engine, {
      ...limit("carol", "buy", "95", "1"),
      trigger: { price: "95", direction: "down" },
    });
    expect([tp.order.trigger?.direction, sl.order.trigger?.direction]).toEqual(["up", "down"]);
    engine.setMarkPrice("BTC-USD", "95");
    expect(engine.order(explicit.order.id)?.status).toBe("open");
    expect(engine.order(sl.order.id)?.status).toBe("untriggered");
    engine.setMarkPrice("BTC-USD", "110");
    expect(engine.order(tp.order.id)?.status).toBe("open");
    expect(engine.book("BTC-USD")?.asks).toEqual([{ price: "110", size: "1" }]);
    expect(engine.order(sl.order.id)?.status).toBe("untriggered");
  });

  it("a trigger that reduce-only cannot honour on activation is rejected with the order attached", () => {
    const { engine, events } = quietEngine();
    const sl = place(engine, {
      ...limit("alice", "sell", "90", "1"),
      reduceOnly: true,
      trigger: { price: "95", kind: "stop" },
    });
    engine.setMarkPrice("BTC-USD", "94.5");
    expect(engine.order(sl.order.id)?.status).toBe("rejected");
    const rejected = ofType(events, "order-rejected").at(-1);
    expect(rejected).toMatchObject({ reason: "reduce-only-would-increase", order: { id: sl.order.id } });
  });

  it("a trigger already crossed at entry fires immediately", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "100", "1"));
    const order = place(engine, {
      ...limit("alice", "buy", "100", "1"),
      trigger: { price: "99", direction: "up" },
    });
    expect(order.fills).toHaveLength(1);
    expect(order.order.status).toBe("filled");
  });
});

describe("cancel and modify", () => {
  it("cancels by id, by client id, per market and per account", () => {
    const { engine } = quietEngine();
    const a = place(engine, limit("alice", "buy", "99", "1"));
    place(engine, limit("alice", "buy", "98", "1", { clientId: "mine" }));
    place(engine, limit("alice", "sell", "101", "1"));
    place(engine, { ...limit("alice", "sell", "90", "1"), trigger: { price: "80" } });
    place(engine, limit("bob", "buy", "97", "1"));
    expect(engine.cancelOrder({ accountId: "alice", orderId: a.order.id })).toMatchObject({ ok: true });
    expect(engine.cancelOrder({ accountId: "alice", orderId: a.order.id })).toMatchObject({
      reason: "order-not-open",
    });
    expect(engine.cancelOrder({ accountId: "bob", clientId: "mine" })).toMatchObject({
      reason: "unknown-order",
    });
    expect(engine.cancelOrder({ accountId: "alice", clientId: "mine" })).toMatchObject({ ok: true });
    const all = engine.cancelAll({ accountId: "alice", market: "BTC-USD" });
    expect(all.ok && all.orders.map((o) => o.status)).toEqual(["cancelled", "cancelled"]);
    expect(engine.openOrders("alice")).toEqual([]);
    expect(engine.openOrders("bob")).toHaveLength(1);
    expect(engine.book("BTC-USD")).toMatchObject({ bids: [{ price: "97", size: "1" }], asks: [] });
  });

  it("keeps queue priority on a size decrease and loses it on a price change or size increase", () => {
    const { engine } = quietEngine();
    const first = place(engine, limit("alice", "sell", "101", "2"));
    const second = place(engine, limit("bob", "sell", "101", "1"));
    expect(engine.modifyOrder({ accountId: "alice", orderId: first.order.id, size: "1" })).toMatchObject({
      ok: true,
    });
    let taker = place(engine, limit("carol", "buy", "101", "0.5", { timeInForce: "IOC" }));
    expect(taker.fills[0]?.tradeId).toBeDefined();
    expect(engine.order(first.order.id)?.filledSize).toBe("0.5");
    expect(engine.modifyOrder({ accountId: "alice", orderId: first.order.id, size: "2" })).toMatchObject({
      ok: true,
    });
    taker = place(engine, limit("carol", "buy", "101", "1", { timeInForce: "IOC" }));
    expect(engine.order(second.order.id)?.status).toBe("filled");
    expect(engine.modifyOrder({ accountId: "alice", orderId: first.order.id, size: "0.5" })).toMatchObject({
      reason: "invalid-size",
    });
    expect(engine.modifyOrder({ accountId: "alice", orderId: first.order.id, price: "100.3" })).toMatchObject(
      {
        reason: "invalid-price",
      },
    );
  });

  it("a repriced order that now crosses trades at once", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "101", "1"));
    const bid = place(engine, limit("alice", "buy", "99", "1"));
    const modified = engine.modifyOrder({ accountId: "alice", orderId: bid.order.id, price: "101" });
    expect(modified).toMatchObject({ ok: true, order: { status: "filled", price: "101" } });
    const postOnly = place(engine, limit("alice", "buy", "99", "1", { postOnly: true }));
    place(engine, limit("bob", "sell", "102", "1"));
    expect(
      engine.modifyOrder({ accountId: "alice", orderId: postOnly.order.id, price: "102" }),
    ).toMatchObject({
      reason: "post-only-would-take",
    });
  });
});
