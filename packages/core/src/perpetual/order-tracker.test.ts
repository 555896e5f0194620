import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PerpError, ValidationError } from "../errors/index.js";
import type { Fill, OrderStatus } from "./order.js";
import { newOrderFromRequest, type OrderChange, OrderTracker, type OrderUpdate } from "./order-tracker.js";
import { parsePlaceOrderRequest } from "./requests.js";

function setup() {
  let now = 1_000;
  const tracker = new OrderTracker({ clock: () => now });
  const changes: OrderChange[] = [];
  tracker.on("change", (change) => changes.push(change));
  return {
    tracker,
    changes,
    tick: (ms = 1) => {
      now += ms;
    },
    now: () => now,
  };
}

const placed = {
  clientOrderId: "c1",
  symbol: "BTC-USD",
  side: "buy",
  type: "limit",
  size: "1",
  price: "100",
} as const;

function update(fields: Partial<OrderUpdate> & { status: OrderStatus }): OrderUpdate {
  return {
    id: "X1",
    clientOrderId: "c1",
    symbol: "BTC-USD",
    side: "buy",
    type: "limit",
    size: "1",
    price: "100",
    ...fields,
  };
}

function fill(id: string, size: string, price = "100", fields: Partial<Fill> = {}): Fill {
  return {
    id,
    orderId: "X1",
    clientOrderId: "c1",
    symbol: "BTC-USD",
    side: "buy",
    price,
    size,
    fee: "0.01",
    feeAsset: "USD",
    liquidity: "maker",
    timestamp: 2_000,
    info: {},
    ...fields,
  };
}

describe("OrderTracker lifecycle", () => {
  it("tracks a placed order from pending through open and partial fills to filled", () => {
    const { tracker, changes } = setup();
    expect(tracker.track(placed)).toMatchObject({
      status: "pending",
      id: undefined,
      filled: "0",
      remaining: "1",
    });
    tracker.applyUpdate(update({ status: "open" }), "rest");
    tracker.applyUpdate(update({ status: "partially-filled", filled: "0.4", averageFillPrice: "100" }));
    tracker.applyUpdate(update({ status: "filled", filled: "1.0", averageFillPrice: "99.5" }));
    expect(changes.map((c) => [c.source, c.order.status, c.order.filled, c.order.remaining])).toEqual([
      ["placement", "pending", "0", "1"],
      ["rest", "open", "0", "1"],
      ["stream", "partially-filled", "0.4", "0.6"],
      ["stream", "filled", "1", "0"],
    ]);
    expect(tracker.get({ clientOrderId: "c1" })).toMatchObject({ id: "X1", averageFillPrice: "99.5" });
    expect(tracker.get({ id: "X1" })?.clientOrderId).toBe("c1");
    expect(tracker.open()).toEqual([]);
  });

  it("never moves a final order back to open, whatever arrives later", () => {
    const { tracker, changes } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "cancelled", statusReason: "user" }));
    tracker.applyUpdate(update({ status: "open" }), "rest");
    tracker.applyUpdate(update({ status: "partially-filled", filled: "0" }));
    tracker.applyUpdate(update({ status: "expired" }));
    expect(tracker.get({ id: "X1" })).toMatchObject({ status: "cancelled", statusReason: "user" });
    expect(changes).toHaveLength(2);
  });

  it("reaches filled when the fills cover the size even if a racing cancel arrived first", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "cancelled" }));
    tracker.applyFill(fill("t1", "0.5"));
    expect(tracker.get({ id: "X1" })?.status).toBe("cancelled");
    tracker.applyFill(fill("t2", "0.5"));
    expect(tracker.get({ id: "X1" })).toMatchObject({ status: "filled", filled: "1", remaining: "0" });
  });

  it("keeps a partially filled then cancelled order cancelled with its fills", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "partially-filled", filled: "0.3" }));
    tracker.applyUpdate(update({ status: "cancelled", filled: "0.3" }));
    expect(tracker.get({ id: "X1" })).toMatchObject({ status: "cancelled", filled: "0.3", remaining: "0.7" });
  });

  it("marks a pending order rejected, and only a pending one", () => {
    const { tracker } = setup();
    tracker.track(placed);
    expect(tracker.reject("c1", "insufficient margin")).toMatchObject({
      status: "rejected",
      statusReason: "insufficient margin",
    });
    tracker.track({ ...placed, clientOrderId: "c2" });
    tracker.applyUpdate(update({ id: "X2", clientOrderId: "c2", status: "open" }));
    expect(tracker.reject("c2", "late")?.status).toBe("open");
    tracker.applyUpdate(update({ id: "X2", clientOrderId: "c2", status: "rejected" }));
    expect(tracker.get({ id: "X2" })?.status).toBe("open");
    expect(tracker.reject("unknown", "x")).toBeUndefined();
  });

  it("refuses a client order id already used by an open order, and allows reuse once final", () => {
    const { tracker } = setup();
    tracker.track(placed);
    expect(() => tracker.track(placed)).toThrow(ValidationError);
    tracker.applyUpdate(update({ status: "filled", filled: "1" }));
    const again = tracker.track(placed);
    expect(again.status).toBe("pending");
    tracker.applyUpdate(update({ id: "X9", status: "open" }));
    expect(tracker.get({ clientOrderId: "c1" })).toMatchObject({ id: "X9", status: "open" });
    expect(tracker.get({ id: "X1" })?.status).toBe("filled");
  });

  it("requires an id or a client order id on updates", () => {
    const { tracker } = setup();
    expect(() =>
      tracker.applyUpdate(update({ id: undefined, clientOrderId: undefined, status: "open" })),
    ).toThrow(PerpError);
  });
});

describe("OrderTracker duplicates and out-of-order messages", () => {
  it("ignores duplicate updates without emitting", () => {
    const { tracker, changes } = setup();
    tracker.track(placed);
    const message = update({ status: "partially-filled", filled: "0.5", updatedAt: 10, info: { raw: 1 } });
    tracker.applyUpdate(message);
    tracker.applyUpdate({ ...message, info: { raw: 1 } });
    tracker.applyUpdate(message, "rest");
    expect(changes).toHaveLength(2);
  });

  it("never lowers the filled size on an older cumulative figure", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "partially-filled", filled: "0.7", averageFillPrice: "101" }));
    tracker.applyUpdate(
      update({ status: "partially-filled", filled: "0.2", averageFillPrice: "100" }),
      "rest",
    );
    expect(tracker.get({ id: "X1" })).toMatchObject({
      filled: "0.7",
      averageFillPrice: "101",
      remaining: "0.3",
    });
  });

  it("applies amendments only from messages at least as new as the last one", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "open", price: "105", size: "2", updatedAt: 20 }));
    tracker.applyUpdate(update({ status: "open", price: "100", size: "1", updatedAt: 10 }), "rest");
    expect(tracker.get({ id: "X1" })).toMatchObject({ price: "105", size: "2", remaining: "2" });
    tracker.applyUpdate(update({ status: "open", price: "106", size: "2", updatedAt: 30 }));
    expect(tracker.get({ id: "X1" })?.price).toBe("106");
  });

  it("counts each fill once and does not add fills to the venue's cumulative figure", () => {
    const { tracker, changes } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ status: "open" }));
    expect(tracker.applyFill(fill("t1", "0.25", "100"))).toMatchObject({ filled: "0.25" });
    expect(tracker.applyFill(fill("t1", "0.25", "100"))).toBeUndefined();
    tracker.applyFill(fill("t2", "0.25", "102"));
    tracker.applyUpdate(update({ status: "partially-filled", filled: "0.5" }));
    expect(tracker.get({ id: "X1" })).toMatchObject({
      status: "partially-filled",
      filled: "0.5",
      remaining: "0.5",
      averageFillPrice: "101",
    });
    expect(changes.map((c) => c.source)).toEqual(["placement", "stream", "fill", "fill"]);
  });

  it("keeps a fill that beat its order's acknowledgement and applies it once the order is known", () => {
    const { tracker } = setup();
    tracker.track(placed);
    // Only the venue id on the fill: it cannot be matched to the pending order yet.
    expect(tracker.applyFill(fill("t1", "1", "100", { clientOrderId: undefined }))).toBeUndefined();
    expect(tracker.get({ clientOrderId: "c1" })?.filled).toBe("0");
    tracker.applyUpdate(update({ status: "open" }), "rest");
    expect(tracker.get({ clientOrderId: "c1" })).toMatchObject({ status: "filled", filled: "1" });
  });

  it("matches a fill to a pending order by client order id and learns the venue id from it", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyFill(fill("t1", "0.5"));
    expect(tracker.get({ id: "X1" })).toMatchObject({ clientOrderId: "c1", status: "partially-filled" });
  });

  it("tracks orders placed elsewhere from their first update", () => {
    const { tracker, changes } = setup();
    tracker.applyUpdate(update({ id: "E1", clientOrderId: undefined, status: "open", createdAt: 500 }));
    expect(tracker.open()).toMatchObject([
      { id: "E1", clientOrderId: undefined, status: "open", createdAt: 500 },
    ]);
    expect(changes[0]?.previous).toBeUndefined();
  });

  it("merges an order first seen by venue id only into the order placed under its client id", () => {
    const { tracker } = setup();
    tracker.track(placed);
    tracker.applyUpdate(update({ clientOrderId: undefined, status: "partially-filled", filled: "0.2" }));
    tracker.applyFill(fill("t1", "0.2", "100", { clientOrderId: undefined }));
    expect(tracker.open()).toHaveLength(2);
    tracker.applyUpdate(update({ status: "open" }), "rest");
    expect(tracker.open()).toMatchObject([
      { id: "X1", clientOrderId: "c1", status: "partially-filled", filled: "0.2" },
    ]);
    tracker.applyFill(fill("t1", "0.2", "100"));
    expect(tracker.get({ id: "X1" })?.filled).toBe("0.2");
    expect(tracker.get({ clientOrderId: "c1" })).toBe(tracker.get({ id: "X1" }));
  });
});

describe("OrderTracker reconciliation", () => {
  it("lists pending orders and orders missing from a REST snapshot taken after their last change", () => {
    const { tracker, tick, now } = setup();
    tracker.track(placed);
    tracker.track({ ...placed, clientOrderId: "c2" });
    tracker.applyUpdate(update({ status: "open" }));
    tracker.applyUpdate(update({ id: "X2", clientOrderId: "c2", status: "open" }));
    tracker.track({ ...placed, clientOrderId: "c3" });
    expect(tracker.pending().map((o) => o.clientOrderId)).toEqual(["c3"]);
    tick();
    const requestedAt = now();
    tick();
    tracker.track({ ...placed, clientOrderId: "c4" });
    // The snapshot lists X2 only: X1 and c3 vanished (c4 is newer than the snapshot request).
    expect(tracker.missingFrom([{ id: "X2" }], requestedAt).map((o) => o.clientOrderId)).toEqual([
      "c1",
      "c3",
    ]);
    expect(tracker.missingFrom([{ id: "X2" }], requestedAt, "ETH-USD")).toEqual([]);
  });
});

describe("OrderTracker retention and events", () => {
  it("forgets the oldest final orders and ignores late messages about them", () => {
    const tracker = new OrderTracker({ maxFinalOrders: 2 });
    for (const n of [1, 2, 3]) {
      tracker.applyUpdate(update({ id: `X${n}`, clientOrderId: `c${n}`, status: "filled", filled: "1" }));
    }
    expect(tracker.get({ id: "X1" })).toBeUndefined();
    expect(tracker.get({ id: "X3" })?.status).toBe("filled");
    expect(tracker.applyUpdate(update({ id: "X1", clientOrderId: "c1", status: "open" }))).toBeUndefined();
    expect(tracker.open()).toEqual([]);
  });

  it("keeps delivering to other listeners when one throws", () => {
    const errors: unknown[] = [];
    const tracker = new OrderTracker({ onListenerError: (e) => errors.push(e) });
    const seen: string[] = [];
    tracker.on("change", () => {
      throw new Error("bug");
    });
    const off = tracker.on("change", (c) => seen.push(c.order.status));
    tracker.track(placed);
    off();
    tracker.applyUpdate(update({ status: "open" }));
    expect(seen).toEqual(["pending"]);
    expect(errors).toHaveLength(2);
  });
});

describe("newOrderFromRequest", () => {
  it("maps triggered requests to stop and take-profit order types", () => {
    const base = { symbol: "BTC-USD", size: "1", price: "100", triggerPrice: "99" } as const;
    const typeOf = (side: "buy" | "sell", type: "limit" | "market", triggerDirection?: "above" | "below") =>
      newOrderFromRequest(parsePlaceOrderRequest({ ...base, side, type, triggerDirection }), "c").type;
    expect(typeOf("sell", "market", "below")).toBe("stop-market");
    expect(typeOf("buy", "limit", "above")).toBe("stop-limit");
    expect(typeOf("sell", "limit", "above")).toBe("take-profit-limit");
    expect(typeOf("buy", "market", "below")).toBe("take-profit-market");
    expect(typeOf("buy", "limit")).toBe("stop-limit");
    expect(
      newOrderFromRequest(
        parsePlaceOrderRequest({ ...base, triggerPrice: undefined, side: "buy", type: "limit" }),
        "c",
      ),
    ).toMatchObject({ type: "limit", clientOrderId: "c", postOnly: false, reduceOnly: false });
  });
});

describe("OrderTracker properties", () => {
  const statuses: OrderStatus[] = ["open", "partially-filled", "filled", "cancelled", "expired", "rejected"];
  const event = fc.oneof(
    fc.record({
      kind: fc.constant("update" as const),
      status: fc.constantFrom(...statuses),
      filledTenths: fc.integer({ min: 0, max: 10 }),
      source: fc.constantFrom("stream" as const, "rest" as const),
    }),
    fc.record({ kind: fc.constant("fill" as const), fillId: fc.integer({ min: 0, max: 4 }) }),
  );

  it("stays monotonic and counts fills once under any interleaving of stream, REST and fills", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const tracker = new OrderTracker();
        tracker.track(placed);
        let wasFinal = false;
        let maxReported = 0;
        const fillIds = new Set<number>();
        for (const e of events) {
          if (e.kind === "update") {
            tracker.applyUpdate(update({ status: e.status, filled: String(e.filledTenths / 10) }), e.source);
            maxReported = Math.max(maxReported, e.filledTenths);
          } else {
            tracker.applyFill(fill(`t${e.fillId}`, "0.1"));
            fillIds.add(e.fillId);
          }
          const order = tracker.get({ clientOrderId: "c1" });
          expect(order).toBeDefined();
          if (order === undefined) return;
          const final = ["filled", "cancelled", "expired", "rejected"].includes(order.status);
          expect(wasFinal && !final).toBe(false);
          wasFinal = final;
          const expectedTenths = Math.max(maxReported, fillIds.size);
          expect(order.filled).toBe(String(expectedTenths / 10));
          expect(order.remaining).toBe(String((10 - expectedTenths) / 10));
          if (expectedTenths === 10) expect(order.status).toBe("filled");
          if (expectedTenths > 0 && !final) expect(order.status).toBe("partially-filled");
        }
      }),
      { numRuns: 300 },
    );
  });
});
