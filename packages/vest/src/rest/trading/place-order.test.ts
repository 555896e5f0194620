import { HttpError, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signOrder } from "../../signing/index.js";
import { LIMIT_ORDER_SIGNATURE, signingKey } from "../__fixtures__/keys.js";
import { payload, TEST_API_KEY, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { placeOrder } from "./place-order.js";

describe("placeOrder", () => {
  const server = usePayloadServer();

  it("posts the signOrder body byte for byte and returns the order id", async () => {
    server.on("POST /v2/orders", { body: payload("order-ack") });
    const signed = await signOrder(
      signingKey,
      {
        time: 1683849600076,
        nonce: 0,
        symbol: "BTC-PERP",
        isBuy: true,
        size: "0.1000",
        orderType: "LIMIT",
        limitPrice: "30000.00",
        timeInForce: "GTC",
      },
      { recvWindow: 60000 },
    );
    expect(signed.signature).toBe(LIMIT_ORDER_SIGNATURE);
    const ack = await placeOrder(testClient(server), signed);

    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.query).toEqual({});
    expect(request.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(request.headers.xrestservermm).toBe("restserver3");
    expect(request.body).toBe(
      '{"order":{"time":1683849600076,"nonce":0,"symbol":"BTC-PERP","isBuy":true,"size":"0.1000","orderType":"LIMIT","limitPrice":"30000.00","reduceOnly":false,"timeInForce":"GTC"},' +
        `"recvWindow":60000,"signature":"${LIMIT_ORDER_SIGNATURE}"}`,
    );
    expect(ack).toEqual({ id: "0x4ac1c7e8a2b94f0e9d3c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e" });
  });

  it("sends a MARKET order with its worst price and a LIMIT order with TP/SL children", async () => {
    server.on("POST /v2/orders", { body: payload("id-ack") });
    const market = await signOrder(signingKey, {
      time: 1683849600076,
      nonce: 1683849600076,
      symbol: "SOL-PERP",
      isBuy: true,
      size: "3.12",
      orderType: "MARKET",
      limitPrice: "30.03",
    });
    const bracket = await signOrder(signingKey, {
      time: 1683849600076,
      nonce: 5,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT",
      limitPrice: "30000.00",
      tpPrice: "31000.00",
      slPrice: "29000.00",
    });
    const client = testClient(server);
    await placeOrder(client, market);
    await placeOrder(client, bracket);
    const [first, second] = server.requests.map((r) => JSON.parse(r.body));
    expect(first.order).toMatchObject({ orderType: "MARKET", limitPrice: "30.03", size: "3.12" });
    expect(first.order).not.toHaveProperty("timeInForce");
    expect(second.order).toMatchObject({ tpPrice: "31000.00", slPrice: "29000.00" });
    expect(second.order.tpSignature).toMatch(/^0x[0-9a-f]{130}$/);
    expect(second.order.slSignature).toMatch(/^0x[0-9a-f]{130}$/);
  });

  it("refuses a MARKET order without its worst price and TP/SL on a MARKET order, before sending", async () => {
    const signed = await signOrder(signingKey, {
      time: 1683849600076,
      nonce: 1,
      symbol: "SOL-PERP",
      isBuy: true,
      size: "3.12",
      orderType: "MARKET",
      limitPrice: "30.03",
    });
    const { limitPrice: _dropped, ...withoutPrice } = signed.order;
    const client = testClient(server);
    await expect(placeOrder(client, { ...signed, order: withoutPrice } as never)).rejects.toThrow(
      /limitPrice/,
    );
    await expect(
      placeOrder(client, {
        ...signed,
        order: { ...signed.order, tpPrice: "31.00", tpSignature: signed.signature },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(placeOrder(client, { ...signed, signature: "0x1234" })).rejects.toThrow(/signature/);
    expect(server.requests).toHaveLength(0);
  });

  it("never retries a signed order, even with retries enabled", async () => {
    server.on("POST /v2/orders", { status: 503, body: "upstream unavailable" });
    const signed = await signOrder(signingKey, {
      time: 1683849600076,
      nonce: 2,
      symbol: "SOL-PERP",
      isBuy: true,
      size: "3.12",
      orderType: "MARKET",
      limitPrice: "30.03",
    });
    const client = testClient(server, { retry: { maxRetries: 3, baseDelayMs: 1 } });
    await expect(placeOrder(client, signed)).rejects.toBeInstanceOf(HttpError);
    expect(server.requests).toHaveLength(1);
  });
});
