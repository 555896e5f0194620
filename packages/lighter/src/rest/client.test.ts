import {
  HttpError,
  type HttpRequestLog,
  type HttpResponseLog,
  InsufficientMarginError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  VenueApiError,
} from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { payload, startServer, type TestServer } from "../../test/rest-server.js";
import { LighterSigner } from "../signing/index.js";
import { signerAuthTokens } from "./auth-token-provider.js";
import { LighterRestClient } from "./client.js";

const SK = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("error mapping", () => {
  it.each([
    ["error-not-found", 400, NotFoundError, 29404],
    ["error-margin", 400, InsufficientMarginError, 21739],
    ["error-nonce", 400, VenueApiError, 21104],
    ["error-auth", 401, VenueApiError, 20013],
  ] as const)("%s → %s", async (file, status, Type, code) => {
    server = await startServer({ "GET /api/v1/nextNonce": { status, body: payload(file) } });
    const client = new LighterRestClient({ restUrl: server.url, retry: false });
    const error = await client.getNextNonce({ accountIndex: 12, apiKeyIndex: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Type);
    expect(error).toMatchObject({ venueCode: code, status, venue: "lighter" });
  });

  it("maps 23000 to RateLimitError with Retry-After", async () => {
    server = await startServer({
      "GET /api/v1/currentHeight": {
        status: 429,
        body: payload("error-rate-limit"),
        headers: { "retry-after": "3" },
      },
    });
    const client = new LighterRestClient({ restUrl: server.url, retry: false });
    const error = await client.getCurrentHeight().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3000, details: { venueCode: 23000 } });
  });

  it("treats a 200 whose code is not 200 as an error", async () => {
    server = await startServer({ "POST /api/v1/sendTx": { status: 200, body: payload("error-nonce") } });
    const client = new LighterRestClient({ restUrl: server.url });
    await expect(client.sendTx({ txType: 14, txInfo: "{}" })).rejects.toMatchObject({ venueCode: 21104 });
    expect(server.requests).toHaveLength(1);
  });

  it("leaves an HTML 403 to HttpError", async () => {
    server = await startServer({
      "GET /api/v1/currentHeight": {
        status: 403,
        body: "<html>403 ERROR</html>",
        headers: { "content-type": "text/html" },
      },
    });
    const client = new LighterRestClient({ restUrl: server.url, retry: false });
    const error = await client.getCurrentHeight().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 403 });
  });
});

describe("validation and exactness", () => {
  it("rejects bad parameters before sending", async () => {
    server = await startServer({});
    const client = new LighterRestClient({ restUrl: server.url });
    await expect(client.getOrderBookOrders({ marketId: 0, limit: 251 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(client.getTrades({ sortBy: "timestamp", limit: 1, orderIndex: 2 ** 60 })).rejects.toThrow(
      /2\^53/,
    );
    await expect(client.sendTx({ txType: 14, txInfo: "not json" })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      client.getCandles({ marketId: 0, resolution: "1h", startTimestamp: 5, endTimestamp: 1, countBack: 1 }),
    ).rejects.toThrow(/startTimestamp/);
    await expect(
      client.sendTxBatch({
        txs: [
          { txType: 14, txInfo: '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":5}' },
          { txType: 14, txInfo: '{"AccountIndex":12,"ApiKeyIndex":5,"Nonce":6}' },
        ],
      }),
    ).rejects.toThrow(/same account and API key/);
    await expect(
      client.sendTxBatch({
        txs: [
          { txType: 14, txInfo: '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":6}' },
          { txType: 14, txInfo: '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":6}' },
        ],
      }),
    ).rejects.toThrow(/nonces must increase/);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps 64-bit integers exact end to end", async () => {
    server = await startServer({ "GET /api/v1/orderBookOrders": { body: payload("orderBookOrders") } });
    const client = new LighterRestClient({ restUrl: server.url });
    const book = await client.getOrderBookOrders({ marketId: 0, limit: 1 });
    expect(book.asks[0]?.order_index).toBe("1152921504606846975");
    expect(BigInt(book.asks[0]!.order_index)).toBe((1n << 60n) - 1n);
    expect(book.asks[0]?.owner_account_index).toBe(140737488355328);
  });

  it("fails on a response that lacks a required field", async () => {
    server = await startServer({ "GET /api/v1/nextNonce": { body: '{"code":200}' } });
    const client = new LighterRestClient({ restUrl: server.url });
    await expect(client.getNextNonce({ accountIndex: 1, apiKeyIndex: 4 })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { stage: "response" },
    });
  });
});

describe("auth tokens", () => {
  it("signs tokens with the signer, sends them without Bearer, and never logs them", async () => {
    server = await startServer({
      "GET /api/v1/accountLimits": { body: payload("accountLimits") },
      "GET /api/v1/accountActiveOrders": { status: 401, body: payload("error-auth") },
    });
    const signer = LighterSigner.fromPrivateKey(SK, { accountIndex: 12, apiKeyIndex: 4, chainId: 304 });
    const logs: (HttpRequestLog | HttpResponseLog)[] = [];
    let signed = 0;
    const provider = signerAuthTokens({
      createAuthToken: (o) => {
        signed++;
        return signer.createAuthToken(o);
      },
    });
    const client = new LighterRestClient({
      restUrl: server.url,
      authToken: provider,
      retry: false,
      onRequest: (l) => logs.push(l),
      onResponse: (l) => logs.push(l),
    });
    await client.getAccountLimits({ accountIndex: 12 });
    await client.getAccountLimits({ accountIndex: 12 });
    const error = await client.getAccountActiveOrders({ accountIndex: 12 }).catch((e: unknown) => e);
    expect(signed).toBe(1);
    const sent = String(server.requests[0]?.headers.authorization);
    expect(sent).toMatch(/^\d+:12:4:[0-9a-f]{160}$/);
    const visible = JSON.stringify(logs) + String(error) + JSON.stringify(error) + JSON.stringify(client);
    expect(visible).not.toContain(sent);
    expect(visible).not.toContain(sent.slice(-160));
    expect(visible).not.toContain(SK);
  });

  it("can send the token as the auth query parameter, also per call", async () => {
    server = await startServer({ "GET /api/v1/accountLimits": { body: payload("accountLimits") } });
    const logs: HttpRequestLog[] = [];
    const client = new LighterRestClient({
      restUrl: server.url,
      authPlacement: "query",
      onRequest: (l) => logs.push(l),
    });
    const token = `1785253129:12:4:${"cd".repeat(80)}`;
    await client.getAccountLimits({ accountIndex: 12 }, { authToken: token });
    expect(server.requests[0]?.query.get("auth")).toBe(token);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(logs)).not.toContain(token);
  });

  it("refuses Bearer-prefixed tokens", () => {
    expect(() => new LighterRestClient({ authToken: "Bearer abc" })).toThrow(/Bearer/);
  });
});

describe("environments", () => {
  it("defaults to mainnet and accepts overrides", () => {
    expect(new LighterRestClient().environment).toMatchObject({
      name: "mainnet",
      restUrl: "https://mainnet.zklighter.elliot.ai",
      chainId: 304,
    });
    expect(new LighterRestClient({ environment: "testnet" }).environment.chainId).toBe(300);
    expect(new LighterRestClient({ restUrl: "http://127.0.0.1:9/" }).environment).toMatchObject({
      name: "custom",
      restUrl: "http://127.0.0.1:9",
      wsUrl: "wss://mainnet.zklighter.elliot.ai/stream",
    });
    expect(() => new LighterRestClient({ restUrl: "ftp://x" })).toThrow(ValidationError);
  });
});
