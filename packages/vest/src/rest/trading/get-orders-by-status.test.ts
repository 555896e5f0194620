import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getOpenOrders, getOrdersByStatus } from "./get-orders-by-status.js";

describe("getOrdersByStatus", () => {
  const server = usePayloadServer();

  it("sends one GET /orders per status and merges the rows newest first, without duplicates", async () => {
    server.on(
      "GET /v2/orders",
      { body: payload("orders-states-edge") },
      { body: payload("orders") },
      { body: payload("orders-states-edge") },
    );
    const rows = await getOrdersByStatus(testClient(server), {
      statuses: ["REJECTED", "FILLED", "NEW"],
      symbol: "BTC-PERP",
    });
    expect(server.requests.map((r) => r.query)).toEqual([
      { symbol: "BTC-PERP", status: "REJECTED", time: String(TEST_NOW) },
      { symbol: "BTC-PERP", status: "FILLED", time: String(TEST_NOW) },
      { symbol: "BTC-PERP", status: "NEW", time: String(TEST_NOW) },
    ]);
    expect(rows.map((r) => r.id)).toEqual(["0x2", "0x1", "0x0"]);
  });

  it("getOpenOrders asks for NEW and PARTIALLY_FILLED", async () => {
    server.on("GET /v2/orders", { body: "[]" });
    await getOpenOrders(testClient(server));
    expect(server.requests.map((r) => r.query.status)).toEqual(["NEW", "PARTIALLY_FILLED"]);
  });

  it("refuses an empty or unknown status list before sending", async () => {
    const client = testClient(server);
    await expect(getOrdersByStatus(client, { statuses: [] })).rejects.toBeInstanceOf(ValidationError);
    await expect(getOrdersByStatus(client, { statuses: ["CANCELED" as never] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
