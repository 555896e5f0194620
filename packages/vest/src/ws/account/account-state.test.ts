import type { AccountEvent, Fill, Order } from "@perp/core";
import { describe, expect, it } from "vitest";
import type { VestOrderUpdate } from "../messages/account.js";
import { VestAccountState } from "./account-state.js";

const limit: VestOrderUpdate = {
  id: "0xa",
  symbol: "SOL-PERP",
  isBuy: true,
  orderType: "LIMIT",
  limitPrice: "30.03",
  size: "3",
  reduceOnly: false,
  status: "NEW",
  postTime: 1_000,
  nonce: "7",
};

function partial(size: string, time: number, fees: string): VestOrderUpdate {
  return {
    ...limit,
    status: "PARTIALLY_FILLED",
    lastFilledSize: size,
    lastFilledPrice: "30",
    lastFilledTime: time,
    avgFilledPrice: "30",
    fees,
  };
}

const fills = (events: AccountEvent[]): Fill[] => events.flatMap((e) => (e.type === "fill" ? [e.fill] : []));
const orders = (events: AccountEvent[]): Order[] =>
  events.flatMap((e) => (e.type === "order" ? [e.order] : []));

describe("VestAccountState orders", () => {
  it("derives one fill per partial execution with fee deltas, and completes on FILLED", () => {
    const state = new VestAccountState();
    state.applyOrder(limit, 1);
    const first = state.applyOrder(partial("1", 2_000, "0.003"), 2);
    const replay = state.applyOrder(partial("1", 2_000, "0.003"), 3);
    const second = state.applyOrder(partial("0.5", 3_000, "0.0045"), 4);
    const done = state.applyOrder(
      { ...partial("1.5", 4_000, "0.009"), status: "FILLED", avgFilledPrice: "30.1" },
      5,
    );
    expect(fills(first).map((f) => [f.size, f.fee])).toEqual([["1", "0.003"]]);
    expect(replay).toEqual([]);
    expect(fills(second).map((f) => [f.size, f.fee])).toEqual([["0.5", "0.0015"]]);
    expect(fills(done).map((f) => [f.size, f.fee])).toEqual([["1.5", "0.0045"]]);
    expect(orders(done)[0]).toMatchObject({
      status: "filled",
      filled: "3",
      remaining: "0",
      averageFillPrice: "30.1",
    });
    expect(orders(second)[0]).toMatchObject({ status: "partially-filled", filled: "1.5", remaining: "1.5" });
    expect(state.openOrders()).toEqual([]);
  });

  it("folds fills missed meanwhile into the FILLED one", () => {
    const state = new VestAccountState();
    state.applyOrder(limit, 1);
    const done = state.applyOrder({ ...partial("1", 9_000, "0.009"), status: "FILLED" }, 2);
    expect(fills(done).map((f) => f.size)).toEqual(["3"]);
  });

  it("never moves an order backwards and ignores anything after a final state", () => {
    const state = new VestAccountState();
    state.applyOrder(partial("1", 2_000, "0.003"), 1);
    expect(state.applyOrder(limit, 2)).toEqual([]);
    state.applyOrder({ id: "0xa", status: "CANCELLED" }, 3);
    expect(state.order("0xa")?.status).toBe("cancelled");
    expect(state.applyOrder(partial("1", 5_000, "0.01"), 4)).toEqual([]);
    expect(state.applyOrder({ id: "0xa", status: "FILLED" }, 5)).toEqual([]);
  });

  it("names the engine's rejection code", () => {
    const state = new VestAccountState();
    state.applyOrder(limit, 1);
    const [event] = state.applyOrder({ id: "0xa", status: "REJECTED", code: 3002 }, 2);
    expect(event).toMatchObject({
      type: "order",
      order: { status: "rejected", statusReason: "3002 MARGIN_CHECK_FAILED" },
    });
  });

  it("reports unknown statuses and types instead of guessing", () => {
    const state = new VestAccountState();
    expect(state.applyOrder({ ...limit, status: "EXPIRED" }, 1)[0]).toMatchObject({
      type: "unknown",
      reason: 'unknown order status "EXPIRED"',
    });
    expect(state.applyOrder({ ...limit, orderType: "TWAP" }, 1)[0]).toMatchObject({
      type: "unknown",
      reason: 'unknown order type "TWAP"',
    });
  });

  it("does not let a REST row's null fill fields erase what an event said", () => {
    const state = new VestAccountState();
    state.applyOrder(partial("1", 2_000, "0.003"), 1);
    const row = { ...partial("1", 2_000, "0.003"), avgFilledPrice: null, fees: null };
    state.applyOrder(row, 2);
    expect(state.order("0xa")?.averageFillPrice).toBe("30");
  });

  it("reports open orders missing from the venue's list as vanished, unless they changed after the request", () => {
    const state = new VestAccountState();
    state.applyOrder(limit, 100);
    state.applyOrder({ ...limit, id: "0xb" }, 100);
    state.applyOrder({ ...limit, id: "0xc" }, 300);
    const { vanished } = state.reconcileOpenOrders([{ ...limit, id: "0xb" }], 400, 200);
    expect(vanished.map((o) => o.id)).toEqual(["0xa"]);
    expect(
      state
        .openOrders()
        .map((o) => o.id)
        .sort(),
    ).toEqual(["0xb", "0xc"]);
  });

  it("forgets the oldest final orders beyond its bound", () => {
    const state = new VestAccountState({ maxFinalOrders: 2 });
    for (const id of ["0x1", "0x2", "0x3"]) {
      state.applyOrder({ ...limit, id }, 1);
      state.applyOrder({ id, status: "CANCELLED" }, 2);
    }
    expect(state.order("0x1")).toBeUndefined();
    expect(state.order("0x3")?.status).toBe("cancelled");
  });
});
