import { AbortedError, type HttpRequestLog, type HttpResponseLog, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signOrder } from "../signing/index.js";
import { signingKey } from "./__fixtures__/keys.js";
import { payload, TEST_API_KEY, testClient, usePayloadServer } from "./__fixtures__/payload-server.js";
import { VestRestClient } from "./client.js";

describe("VestRestClient", () => {
  const server = usePayloadServer();

  it("exposes every action as a method over one transport", async () => {
    server.on("GET /v2/ticker/latest", { body: payload("ticker-latest") });
    server.on("GET /v2/account", { body: payload("account") });
    const client = testClient(server);
    await expect(client.getLatestTickers()).resolves.toHaveLength(1);
    await expect(client.getAccount()).resolves.toMatchObject({ collateral: "1333" });
    expect(client.transport.baseUrl).toBe(server.url);
    expect(client.accountGroup).toBe(3);
  });

  it("never shows the API key in log hooks or errors", async () => {
    server.on("GET /v2/account", { status: 401, body: `{"code":1002,"msg":"bad key ${TEST_API_KEY}"}` });
    server.on("POST /v2/orders", { status: 400, body: `{"code":1022,"msg":"Invalid signature"}` });
    const requests: HttpRequestLog[] = [];
    const responses: HttpResponseLog[] = [];
    const client = testClient(server, {
      onRequest: (log) => requests.push(log),
      onResponse: (log) => responses.push(log),
    });
    const accountError = await client.getAccount().catch((e: unknown) => e);
    const signed = await signOrder(signingKey, {
      time: 1683849600076,
      nonce: 9,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT",
      limitPrice: "30000.00",
    });
    const orderError = await client.placeOrder(signed).catch((e: unknown) => e);

    expect(server.requests[0]?.headers["x-api-key"]).toBe(TEST_API_KEY);
    const shown = JSON.stringify([
      requests,
      responses,
      accountError,
      orderError,
      String(accountError),
      (accountError as Error).message,
      (accountError as { raw: unknown }).raw,
      (accountError as { venueMessage: unknown }).venueMessage,
    ]);
    expect(shown).not.toContain(TEST_API_KEY);
    expect(requests[0]?.headers["x-api-key"]).toBe("[redacted]");
    expect(requests[0]?.headers.xrestservermm).toBe("restserver3");
    expect(JSON.stringify(requests[1]?.body)).not.toContain(signed.signature);
  });

  it("validates the API key without echoing it", () => {
    const secret = "line-one\nline-two-secret";
    const error = (() => {
      try {
        new VestRestClient({ apiKey: secret });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toContain("line-two-secret");
  });

  it("retries safe GETs on 503 and honours the routing override", async () => {
    server.on("GET /v2/depth", { status: 503, body: "busy" }, { body: payload("depth") });
    const client = testClient(server, {
      retry: { maxRetries: 2, baseDelayMs: 1 },
      routing: { header: "x-route", value: (g) => `g${g}` },
    });
    await expect(client.getDepth({ symbol: "BTC-PERP" })).resolves.toMatchObject({ bids: [["4", "431"]] });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers["x-route"]).toBe("g3");
    expect(server.requests[1]?.headers.xrestservermm).toBeUndefined();
  });

  it("sends no routing header when routing is off", async () => {
    server.on("GET /v2/depth", { body: payload("depth") });
    await testClient(server, { routing: false }).getDepth({ symbol: "BTC-PERP" });
    expect(server.single().headers.xrestservermm).toBeUndefined();
  });

  it("aborts through the caller's signal", async () => {
    server.on("GET /v2/depth", { body: payload("depth") });
    const controller = new AbortController();
    controller.abort();
    await expect(
      testClient(server).getDepth({ symbol: "BTC-PERP" }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortedError);
  });
});
