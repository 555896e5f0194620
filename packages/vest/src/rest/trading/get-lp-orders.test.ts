import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getLpOrders } from "./get-lp-orders.js";

describe("getLpOrders", () => {
  const server = usePayloadServer();

  it("sends GET /lp with filters and time and types the rows", async () => {
    server.on("GET /v2/lp", { body: payload("lp-orders") });
    const rows = await getLpOrders(testClient(server), { orderType: "DEPOSIT", status: "FILLED", limit: 10 });
    expect(server.single().query).toEqual({
      orderType: "DEPOSIT",
      status: "FILLED",
      limit: "10",
      time: String(TEST_NOW),
    });
    expect(rows).toEqual([
      {
        id: "0x0",
        nonce: "0",
        size: "100",
        orderType: "DEPOSIT",
        status: "FILLED",
        code: null,
        fees: "0",
        postTime: 1683849600076,
      },
    ]);
  });
});
