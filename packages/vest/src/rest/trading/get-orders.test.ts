import { InsufficientMarginError, ValidationError, VenueApiError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { vestError } from "../errors.js";
import { getOrders } from "./get-orders.js";

describe("getOrders", () => {
  const server = usePayloadServer();

  it("sends GET /orders with every filter and time, and types a filled order", async () => {
    server.on("GET /v2/orders", { body: payload("orders") });
    const rows = await getOrders(testClient(server), {
      id: ["0x0", "0x1"],
      nonce: 12n,
      symbol: "BTC-PERP",
      orderType: "LIMIT",
      status: "FILLED",
      startTime: 1683849600000,
      endTime: 1683849700000,
      limit: 50,
    });
    expect(server.single().query).toEqual({
      id: "0x0,0x1",
      nonce: "12",
      symbol: "BTC-PERP",
      orderType: "LIMIT",
      status: "FILLED",
      startTime: "1683849600000",
      endTime: "1683849700000",
      limit: "50",
      time: String(TEST_NOW),
    });
    expect(rows).toEqual([
      {
        id: "0x0",
        nonce: "0",
        symbol: "BTC-PERP",
        isBuy: true,
        orderType: "LIMIT",
        limitPrice: "30000",
        markPrice: "30000",
        size: "0.1",
        status: "FILLED",
        reduceOnly: false,
        initMarginRatio: "0.125",
        code: null,
        lastFilledSize: "0.1",
        lastFilledPrice: "30000",
        lastFilledTime: 1683849600076,
        avgFilledPrice: "30000",
        settledFunding: "0.1",
        fees: "0.01",
        realizedPnl: "0.2",
        postTime: 1683849600076,
        tpPrice: null,
        slPrice: null,
      },
    ]);
  });

  it("types a rejection code, missing fill fields as null and a nonce beyond 2^53 exactly", async () => {
    server.on("GET /v2/orders", { body: payload("orders-states-edge") });
    const [rejected, resting] = await getOrders(testClient(server));
    expect(rejected).toMatchObject({ status: "REJECTED", code: 3010, avgFilledPrice: null, fees: null });
    expect(vestError(rejected?.code ?? undefined, "rejected")).toBeInstanceOf(VenueApiError);
    expect(vestError(3002, "margin")).toBeInstanceOf(InsufficientMarginError);
    expect(resting).toMatchObject({
      status: "NEW",
      nonce: "98765432109876543210",
      lastFilledSize: null,
      lastFilledTime: null,
      realizedPnl: null,
      tpPrice: "31000",
      slPrice: "28000",
    });
  });

  it("refuses a list of statuses (the venue answers 1130) before sending", async () => {
    const error = await getOrders(testClient(server), { status: ["NEW", "FILLED"] as never }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/one status per query/);
    expect(server.requests).toHaveLength(0);
  });

  it("maps a 1130 answer anyway", async () => {
    server.on("GET /v2/orders", { status: 400, body: payload("error-multi-status") });
    await expect(getOrders(testClient(server), { status: "NEW" })).rejects.toMatchObject({
      name: "VenueApiError",
      venueCode: 1130,
    });
  });
});
