import { describe, expect, it } from "vitest";
import { order as orderSchema, position as positionSchema } from "../../schemas/index.js";
import { toOrder, toPosition } from "./map.js";

const base = {
  id: 1,
  accountId: 2,
  externalId: "x",
  market: "BTC-USD",
  qty: "2",
  filledQty: "0.5",
  reduceOnly: false,
  postOnly: false,
  createdTime: 1,
  updatedTime: 2,
  timeInForce: "GTT",
};

function mapped(fields: Record<string, unknown>) {
  return toOrder(orderSchema.parse({ ...base, ...fields }));
}

describe("toOrder", () => {
  it("maps conditional orders to stop or take-profit by side and direction", () => {
    const trigger = (direction: string, executionPriceType: string) => ({
      triggerPrice: "1",
      triggerPriceType: "MARK",
      direction,
      executionPriceType,
    });
    const conditional = { type: "CONDITIONAL", status: "UNTRIGGERED", price: "1" };
    expect(mapped({ ...conditional, side: "BUY", trigger: trigger("UP", "MARKET") })?.type).toBe(
      "stop-market",
    );
    expect(mapped({ ...conditional, side: "BUY", trigger: trigger("DOWN", "LIMIT") })?.type).toBe(
      "take-profit-limit",
    );
    expect(mapped({ ...conditional, side: "SELL", trigger: trigger("DOWN", "LIMIT") })?.type).toBe(
      "stop-limit",
    );
    expect(mapped({ ...conditional, side: "SELL", trigger: trigger("UP", "MARKET") })?.type).toBe(
      "take-profit-market",
    );
  });

  it("maps statuses, sizes and time in force, and refuses an unknown status", () => {
    const order = mapped({
      type: "LIMIT",
      side: "SELL",
      status: "PARTIALLY_FILLED",
      price: "10",
      postOnly: true,
    });
    expect(order).toMatchObject({
      id: "1",
      side: "sell",
      status: "partially-filled",
      remaining: "1.5",
      timeInForce: "post-only",
    });
    expect(
      mapped({ type: "MARKET", side: "BUY", status: "REJECTED", statusReason: "NOT_ENOUGH_FUNDS" }),
    ).toMatchObject({
      type: "market",
      status: "rejected",
      statusReason: "NOT_ENOUGH_FUNDS",
    });
    expect(mapped({ type: "LIMIT", side: "BUY", status: "SOMETHING_NEW" })).toBeUndefined();
  });
});

describe("toPosition", () => {
  it("reports a closed position with size 0 and reads stream timestamps", () => {
    const raw = {
      id: 5,
      accountId: 2,
      market: "SOL-USD",
      side: "SHORT",
      leverage: "3",
      size: "4",
      value: "600",
      openPrice: "150",
      markPrice: "149",
      margin: "200",
      unrealisedPnl: "4",
      realisedPnl: "0",
      updatedAt: 99,
    };
    expect(toPosition(positionSchema.parse(raw), 1)).toMatchObject({
      side: "short",
      size: "4",
      leverage: 3,
      timestamp: 99,
    });
    expect(toPosition(positionSchema.parse({ ...raw, status: "CLOSED" }), 1).size).toBe("0");
  });
});
