import { NotFoundError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signCancel } from "../../signing/index.js";
import { CANCEL_SIGNATURE, signingKey } from "../__fixtures__/keys.js";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { cancelOrder } from "./cancel-order.js";

describe("cancelOrder", () => {
  const server = usePayloadServer();
  const signed = () => signCancel(signingKey, { time: 1683849600076, nonce: 1, id: "0xabc123" });

  it("posts the signed cancel with ?time=<order.time> (unsigned) by default", async () => {
    server.on("POST /v2/orders/cancel", { body: payload("cancel-ack") });
    const body = await signed();
    expect(body.signature).toBe(CANCEL_SIGNATURE);
    const ack = await cancelOrder(testClient(server), body);
    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.query).toEqual({ time: "1683849600076" });
    expect(request.body).toBe(
      `{"order":{"time":1683849600076,"nonce":1,"id":"0xabc123"},"signature":"${CANCEL_SIGNATURE}"}`,
    );
    expect(ack).toEqual({ id: "0xabc123" });
  });

  it("can add the nonce to the query or send none", async () => {
    server.on("POST /v2/orders/cancel", { body: payload("cancel-ack") });
    const client = testClient(server);
    await cancelOrder(client, await signed(), { query: "time-and-nonce" });
    await cancelOrder(client, await signed(), { query: "none" });
    expect(server.requests.map((r) => r.query)).toEqual([{ time: "1683849600076", nonce: "1" }, {}]);
  });

  it("throws NotFoundError for an order already processed or cancelled (3017)", async () => {
    server.on("POST /v2/orders/cancel", { status: 400, body: payload("error-order-processed") });
    const error = await cancelOrder(testClient(server), await signed()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      venue: "vest",
      venueCode: 3017,
      venueMessage: "Order already processed or cancelled",
      status: 400,
    });
  });
});
