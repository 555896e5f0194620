import type { AccountEvent, Balance, Order, Position } from "@perp/core";
import { describe, expect, it } from "vitest";
import { AccountState } from "./account-state.js";

const options = { step: "test", timeoutMs: 500 };

function order(overrides: Partial<Order>): Order {
  return {
    id: undefined,
    clientOrderId: "c1",
    symbol: "BTC-USD",
    side: "buy",
    type: "limit",
    timeInForce: "GTC",
    price: "98000",
    triggerPrice: undefined,
    size: "0.1",
    filled: "0",
    remaining: "0.1",
    averageFillPrice: undefined,
    reduceOnly: false,
    postOnly: true,
    status: "pending",
    statusReason: undefined,
    createdAt: undefined,
    updatedAt: 1,
    expiresAt: undefined,
    info: {},
    ...overrides,
  };
}

function position(size: string): Position {
  return {
    symbol: "BTC-USD",
    side: "long",
    size,
    entryPrice: "100000",
    markPrice: undefined,
    liquidationPrice: undefined,
    notional: undefined,
    unrealizedPnl: undefined,
    realizedPnl: undefined,
    margin: undefined,
    leverage: undefined,
    marginMode: undefined,
    timestamp: 1,
    info: {},
  };
}

function balance(total: string): Balance {
  return {
    asset: "USD",
    total,
    available: total,
    locked: "0",
    equity: undefined,
    unrealizedPnl: undefined,
    timestamp: 1,
    info: {},
  };
}

/** An account event without its receipt time (each member of the union on its own). */
type EventInput = AccountEvent extends infer E
  ? E extends AccountEvent
    ? Omit<E, "receivedAt">
    : never
  : never;

const event = (input: EventInput) => ({ receivedAt: 1, ...input }) as AccountEvent;

describe("AccountState", () => {
  it("follows an order from pending (client id only) to open (venue id) as one order", () => {
    const state = new AccountState();
    state.apply(event({ type: "order", order: order({}) }));
    state.apply(event({ type: "order", order: order({ id: "42", status: "open" }) }));
    expect(state.order({ id: "42", clientOrderId: undefined })?.status).toBe("open");
    expect(state.order({ id: undefined, clientOrderId: "c1" })?.id).toBe("42");
    expect(state.openOrders().map((o) => o.id)).toEqual(["42"]);
    state.apply(event({ type: "order", order: order({ id: "42", status: "cancelled" }) }));
    expect(state.openOrders()).toEqual([]);
  });

  it("keeps positions and balances from the stream; a zero-size position is closed", () => {
    const state = new AccountState();
    state.apply(event({ type: "position", position: position("0.5") }));
    state.apply(event({ type: "balance", balance: balance("100") }));
    expect(state.positions().map((p) => p.size)).toEqual(["0.5"]);
    expect(state.updateCounts()).toEqual({ balances: 1, positions: 1 });
    state.apply(event({ type: "position", position: position("0") }));
    expect(state.positions()).toEqual([]);
    expect(state.balances().map((b) => b.total)).toEqual(["100"]);
  });

  it("seeds from snapshots without overwriting what the stream already said", () => {
    const state = new AccountState();
    state.apply(event({ type: "balance", balance: balance("99") }));
    state.seed({
      orders: [order({ id: "7", clientOrderId: "c7", status: "open" })],
      positions: [position("1")],
      balances: [balance("100")],
    });
    expect(state.balances().map((b) => b.total)).toEqual(["99"]);
    expect(state.positions().map((p) => p.size)).toEqual(["1"]);
    expect(state.openOrders().map((o) => o.id)).toEqual(["7"]);
  });

  it("waits for a state the stream brings, and matches fills to their order", async () => {
    const state = new AccountState();
    const filled = state.until(
      "the fill",
      () => (state.fills({ id: "9", clientOrderId: undefined }).length > 0 ? true : undefined),
      options,
    );
    state.apply(
      event({
        type: "fill",
        fill: {
          id: "t1",
          orderId: "9",
          clientOrderId: undefined,
          symbol: "BTC-USD",
          side: "buy",
          price: "100000",
          size: "0.1",
          fee: "0.5",
          feeAsset: "USD",
          liquidity: "taker",
          timestamp: 1,
          info: {},
        },
      }),
    );
    await expect(filled).resolves.toBe(true);
    expect(state.fills({ id: "8", clientOrderId: undefined })).toEqual([]);
  });

  it("records resync markers in order", () => {
    const state = new AccountState();
    state.apply(event({ type: "resync", phase: "started", reason: "socket closed" }));
    state.apply(event({ type: "resync", phase: "completed", reason: "socket closed" }));
    expect(state.resyncs().map((e) => e.phase)).toEqual(["started", "completed"]);
  });
});
