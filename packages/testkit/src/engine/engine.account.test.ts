import { describe, expect, it } from "vitest";
import { limit, ofType, place, quietEngine, rejectionOf } from "./__fixtures__/engine-fixture.js";
import { ORDER_ID_ABOVE_2_53 } from "./engine.js";

describe("margin on order entry", () => {
  it("rejects orders whose initial margin exceeds equity with insufficient-margin", () => {
    const { engine } = quietEngine();
    engine.createAccount({ id: "dave", collateral: "1000" });
    // Leverage 10 at mark 100: each unit needs 10 of margin, so 100 units use all 1000.
    place(engine, limit("dave", "buy", "99", "100"));
    expect(engine.balance("dave")).toMatchObject({ initialMargin: "1000", availableForTrade: "0" });
    expect(rejectionOf(engine.placeOrder(limit("dave", "buy", "99", "0.001")))).toBe("insufficient-margin");
    // An opposite order up to the same size does not raise the worst-case exposure.
    place(engine, limit("dave", "sell", "101", "100"));
    expect(rejectionOf(engine.placeOrder(limit("dave", "sell", "101", "0.001")))).toBe("insufficient-margin");
    expect(engine.withdraw("dave", "0.000001")).toMatchObject({ reason: "insufficient-margin" });
  });

  it("values exposure at the mark and uses the account's leverage per market", () => {
    const { engine } = quietEngine();
    engine.createAccount({ id: "dave", collateral: "1000" });
    expect(engine.setLeverage("dave", "BTC-USD", "21")).toMatchObject({ reason: "leverage-exceeds-max" });
    expect(engine.setLeverage("dave", "BTC-USD", "0.5")).toMatchObject({ reason: "invalid-leverage" });
    expect(engine.setLeverage("dave", "BTC-USD", "20")).toMatchObject({
      ok: true,
      position: { leverage: "20" },
    });
    place(engine, limit("dave", "buy", "90", "200"));
    expect(engine.balance("dave")?.initialMargin).toBe("1000");
    expect(engine.setLeverage("dave", "BTC-USD", "10")).toMatchObject({ reason: "insufficient-margin" });
    engine.setMarkPrice("BTC-USD", "50");
    expect(engine.balance("dave")?.initialMargin).toBe("500");
    expect(engine.setLeverage("dave", "BTC-USD", "10")).toMatchObject({ ok: true });
  });

  it("lets reduce-only orders through without margin, and deposits raise the limit", () => {
    const { engine } = quietEngine();
    engine.createAccount({ id: "dave", collateral: "100" });
    place(engine, limit("bob", "sell", "100", "10"));
    place(engine, limit("dave", "buy", "100", "10"));
    expect(rejectionOf(engine.placeOrder(limit("dave", "buy", "100", "1")))).toBe("insufficient-margin");
    place(engine, limit("dave", "sell", "120", "10", { reduceOnly: true }));
    expect(engine.deposit("dave", "20")).toMatchObject({ ok: true });
    place(engine, limit("dave", "buy", "90", "1"));
    expect(engine.deposit("dave", "-1")).toMatchObject({ reason: "invalid-amount" });
    expect(engine.deposit("nobody", "1")).toMatchObject({ reason: "unknown-account" });
  });
});

describe("PnL and fees", () => {
  it("tracks average entry, realized PnL on reduction, unrealized PnL at mark and fees to the fee account", () => {
    const { engine } = quietEngine();
    place(engine, limit("bob", "sell", "100", "2"));
    place(engine, limit("alice", "buy", "100", "2"));
    place(engine, limit("bob", "sell", "103", "1"));
    place(engine, limit("alice", "buy", "103", "1"));
    engine.setMarkPrice("BTC-USD", "104");
    expect(engine.position("alice", "BTC-USD")).toMatchObject({
      size: "3",
      side: "long",
      entryPrice: "101",
      unrealizedPnl: "9",
      notional: "312",
    });
    place(engine, limit("carol", "buy", "105", "1.5"));
    const sell = place(engine, limit("alice", "sell", "105", "1.5"));
    expect(sell.fills[0]).toMatchObject({ realizedPnl: "6", fee: "0.07875", liquidity: "taker" });
    expect(engine.position("alice", "BTC-USD")).toMatchObject({
      size: "1.5",
      entryPrice: "101",
      realizedPnl: "6",
    });
    // Taker fees: 200 × 0.0005 + 103 × 0.0005 + 157.5 × 0.0005.
    expect(engine.balance("alice")).toMatchObject({
      balance: "100005.76975",
      feesPaid: "0.23025",
      realizedPnl: "6",
    });
    // Maker fees: bob 303 × 0.0002 = 0.0606, carol 157.5 × 0.0002 = 0.0315.
    expect(engine.balance(engine.feeAccountId)?.balance).toBe("0.32235");
  });

  it("realizes the whole cost basis when a position flips", () => {
    const { engine } = quietEngine({}, { makerFee: "0", takerFee: "0" });
    place(engine, limit("bob", "sell", "100", "3"));
    place(engine, limit("alice", "buy", "100", "3"));
    place(engine, limit("carol", "buy", "90", "5"));
    const flip = place(engine, limit("alice", "sell", "90", "5"));
    expect(flip.fills[0]?.realizedPnl).toBe("-30");
    expect(engine.position("alice", "BTC-USD")).toMatchObject({
      size: "-2",
      side: "short",
      entryPrice: "90",
    });
    expect(engine.balance("alice")?.balance).toBe("99970");
  });
});

describe("funding", () => {
  it("pays at each interval boundary: longs pay shorts for a positive rate, the reverse for a negative one", () => {
    const { engine, clock, events } = quietEngine({}, { fundingRate: "0.0001" });
    place(engine, limit("bob", "sell", "100", "2"));
    place(engine, limit("alice", "buy", "100", "2"));
    expect([engine.balance("alice")?.balance, engine.balance("bob")?.balance]).toEqual([
      "99999.9",
      "99999.96",
    ]);
    const next = engine.market("BTC-USD")!.nextFundingAt;
    expect(next % 3_600_000).toBe(0);
    clock.advance(next - clock.now() - 1);
    engine.tick();
    expect(ofType(events, "funding-paid")).toEqual([]);
    clock.advance(1);
    engine.tick();
    const paid = ofType(events, "funding-paid");
    expect(paid.map((e) => [e.accountId, e.payment])).toEqual([
      ["alice", "-0.02"],
      ["bob", "0.02"],
    ]);
    expect([engine.balance("alice")?.balance, engine.balance("bob")?.balance]).toEqual([
      "99999.88",
      "99999.98",
    ]);
    expect(engine.position("bob", "BTC-USD")?.fundingPnl).toBe("0.02");
    expect(engine.market("BTC-USD")?.nextFundingAt).toBe(next + 3_600_000);
    engine.setFundingRate("BTC-USD", "-0.0002");
    engine.setMarkPrice("BTC-USD", "110");
    clock.advance(3_600_000);
    engine.tick();
    expect(
      ofType(events, "funding-paid")
        .slice(2)
        .map((e) => [e.accountId, e.payment]),
    ).toEqual([
      ["alice", "0.044"],
      ["bob", "-0.044"],
    ]);
    expect(engine.balance("alice")?.fundingPnl).toBe("0.024");
  });

  it("rounds against the payer and credits the residue to the fee account", () => {
    const { engine, clock, events } = quietEngine(
      {},
      { fundingRate: "0.000000000000000001", makerFee: "0", takerFee: "0" },
    );
    place(engine, limit("bob", "sell", "100.5", "0.001"));
    place(engine, limit("alice", "buy", "100.5", "0.001"));
    engine.setMarkPrice("BTC-USD", "100.5");
    clock.advance(3_600_000);
    engine.tick();
    expect(ofType(events, "funding-paid").map((e) => e.payment)).toEqual(["-0.000000000000000001", "0"]);
    expect(engine.balance(engine.feeAccountId)?.balance).toBe("0.000000000000000001");
  });

  it("pays once per elapsed interval when several are due", () => {
    const { engine, clock, events } = quietEngine({}, { fundingRate: "0.001" });
    place(engine, limit("bob", "sell", "100", "1"));
    place(engine, limit("alice", "buy", "100", "1"));
    clock.advance(3 * 3_600_000);
    engine.tick();
    expect(ofType(events, "funding-paid").filter((e) => e.accountId === "alice")).toHaveLength(3);
  });
});

describe("ids and events", () => {
  it("assigns decimal string ids above 2^53 without losing precision", () => {
    const { engine } = quietEngine({
      orderIdStart: ORDER_ID_ABOVE_2_53,
      tradeIdStart: "18446744073709551616",
    });
    const a = place(engine, limit("alice", "sell", "100", "1"));
    const b = place(engine, limit("bob", "buy", "100", "1"));
    expect(a.order.id).toBe("9007199254740993");
    expect(b.order.id).toBe("9007199254740994");
    expect(String(Number(a.order.id))).not.toBe(a.order.id);
    expect(b.fills[0]?.tradeId).toBe("18446744073709551616");
    expect(engine.order("9007199254740993")?.status).toBe("filled");
  });

  it("numbers events globally and per market, and reports changed book levels", () => {
    const { engine, events } = quietEngine();
    place(engine, limit("alice", "sell", "101", "1"));
    place(engine, limit("alice", "sell", "101", "2"));
    place(engine, limit("bob", "buy", "101", "0.5"));
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
    const marketSeqs = events.filter((e) => e.market === "BTC-USD").map((e) => e.marketSeq);
    expect(marketSeqs).toEqual(marketSeqs.map((_, i) => (marketSeqs[0] ?? 0) + i));
    expect(events.filter((e) => e.type === "balance-changed").every((e) => e.marketSeq === undefined)).toBe(
      true,
    );
    expect(ofType(events, "book-changed").map((e) => e.asks)).toEqual([
      [{ price: "101", size: "1" }],
      [{ price: "101", size: "3" }],
      [{ price: "101", size: "2.5" }],
    ]);
    expect(
      events
        .slice(-10)
        .map((e) => (e.type === "balance-changed" ? `balance ${e.balance.accountId}` : e.type)),
    ).toEqual([
      "order-accepted",
      "trade",
      "order-filled",
      "position-changed",
      "order-filled",
      "position-changed",
      "balance alice",
      "balance fees",
      "balance bob",
      "book-changed",
    ]);
    expect(engine.events(events[0]!.seq - 1)).toEqual(
      events.slice(0, engine.events(events[0]!.seq - 1).length),
    );
    expect(engine.book("BTC-USD")?.marketSeq).toBe(events.at(-1)?.marketSeq);
  });

  it("delivers events after the operation, so listeners see consistent state and may re-enter", () => {
    const { engine } = quietEngine();
    const seen: string[] = [];
    engine.subscribe((event) => {
      if (event.type === "trade") {
        seen.push(`book asks: ${engine.book("BTC-USD")?.asks.length}`);
        engine.cancelAll({ accountId: "alice" });
      }
      if (event.type === "order-cancelled") seen.push(`cancelled ${event.order.price}`);
    });
    place(engine, limit("alice", "sell", "101", "1"));
    place(engine, limit("alice", "sell", "102", "1"));
    place(engine, limit("bob", "buy", "101", "1"));
    expect(seen).toEqual(["book asks: 1", "cancelled 102"]);
  });
});
