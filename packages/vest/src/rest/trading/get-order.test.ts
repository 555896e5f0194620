import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getOrder } from "./get-order.js";

describe("getOrder", () => {
  const server = usePayloadServer();

  it("queries GET /orders?id= and picks the order", async () => {
    server.on("GET /v2/orders", { body: payload("orders-states-edge") });
    const order = await getOrder(testClient(server), { id: "0x1", time: 1713593349999 });
    expect(server.single().query).toEqual({ id: "0x1", time: "1713593349999" });
    expect(order).toMatchObject({ id: "0x1", status: "REJECTED", code: 3010 });
  });

  it("returns undefined while the venue does not list the order yet", async () => {
    server.on("GET /v2/orders", { body: "[]" });
    await expect(getOrder(testClient(server), { id: "0xfeed" })).resolves.toBeUndefined();
  });
});
