import type { Order } from "@perp/core";
import { describe, expect, it } from "vitest";
import {
  clientOrderIdOf,
  rejectCodeOf,
  updateFromBareEvent,
  updateFromStreamOrder,
} from "./order-updates.js";

const order: Order = {
  id: "0x2a",
  clientOrderId: undefined,
  symbol: "BTC-PERP",
  side: "buy",
  type: "limit",
  timeInForce: undefined,
  price: "60000",
  triggerPrice: undefined,
  size: "0.01",
  filled: "0",
  remaining: "0.01",
  averageFillPrice: undefined,
  reduceOnly: false,
  postOnly: false,
  status: "open",
  statusReason: undefined,
  createdAt: 1,
  updatedAt: 2,
  expiresAt: undefined,
  info: { id: "0x2a", status: "NEW", nonce: "1700000000001" },
};

describe("order updates", () => {
  it("reads the nonce as the client order id, in any exact form", () => {
    expect(clientOrderIdOf({ nonce: "12" })).toBe("12");
    expect(clientOrderIdOf({ nonce: 12 })).toBe("12");
    expect(clientOrderIdOf({ nonce: 12n })).toBe("12");
    expect(clientOrderIdOf({ nonce: "x" })).toBeUndefined();
    expect(clientOrderIdOf(undefined)).toBeUndefined();
    expect(rejectCodeOf({ code: 3002 })).toBe(3002);
    expect(rejectCodeOf({ code: null })).toBeUndefined();
  });

  it("turns a stream order into a tracker update carrying the nonce", () => {
    expect(updateFromStreamOrder(order)).toMatchObject({
      id: "0x2a",
      clientOrderId: "1700000000001",
      status: "open",
      price: "60000",
      filled: "0",
    });
  });

  it("completes a bare reject event from what the tracker knows", () => {
    const lookup = (key: { id?: string | undefined; clientOrderId?: string | undefined }) =>
      key.clientOrderId === "5"
        ? { ...order, id: undefined, clientOrderId: "5", status: "pending" as const }
        : undefined;
    expect(
      updateFromBareEvent({ id: "0x9", status: "REJECTED", code: 3002, nonce: 5 }, lookup),
    ).toMatchObject({
      id: "0x9",
      clientOrderId: "5",
      symbol: "BTC-PERP",
      side: "buy",
      size: "0.01",
      status: "rejected",
      statusReason: "3002 MARGIN_CHECK_FAILED",
    });
    expect(updateFromBareEvent({ id: "0x9", status: "REJECTED", nonce: 6 }, lookup)).toBeUndefined();
    expect(updateFromBareEvent({ id: "0x9", status: "WEIRD", nonce: 5 }, lookup)).toBeUndefined();
    expect(updateFromBareEvent("garbage", lookup)).toBeUndefined();
  });
});
