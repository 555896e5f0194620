import { inspect } from "node:util";
import {
  HttpError,
  type HttpRequestLog,
  type HttpResponseLog,
  InsufficientMarginError,
  NotFoundError,
  RateLimitError,
  VenueApiError,
} from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { EXTENDED_ERROR_CODES } from "./errors.js";
import {
  payload,
  startServer,
  TEST_API_KEY,
  type TestServer,
  testClient,
} from "./test-server.test-helper.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );

describe("error mapping", () => {
  it("turns the zero-balance 404 into a ready zero balance", async () => {
    server = await startServer(() => ({ status: 404, body: payload("balance-zero-404") }));
    const before = Date.now();
    const balance = await testClient(server).getBalance();
    expect(balance).toMatchObject({
      collateralName: "USD",
      balance: "0",
      equity: "0",
      availableForTrade: "0",
      availableForWithdrawal: "0",
      unrealisedPnl: "0",
      initialMargin: "0",
      leverage: "0",
    });
    expect(balance.updatedTime).toBeGreaterThanOrEqual(before);
    expect(balance.raw).toMatchObject({ status: "ERROR" });
    expect(server.requests).toHaveLength(1);
  });

  it("still throws other balance failures", async () => {
    server = await startServer(() => ({
      status: 401,
      body: '{"status":"ERROR","error":{"code":401,"message":"Unauthorized"}}',
    }));
    const error = await failure(testClient(server).getBalance());
    expect(error).toBeInstanceOf(VenueApiError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 401, venueCode: 401 });
  });

  it("maps not-found codes to NotFoundError, whatever the HTTP status", async () => {
    server = await startServer((request) =>
      request.path.includes("/orders/")
        ? { status: 404, body: payload("error-order-not-found") }
        : { status: 400, body: '{"status":"ERROR","error":{"code":1001,"message":"Market not found"}}' },
    );
    const client = testClient(server);
    const byId = await failure(client.getOrderById({ id: "1" }));
    expect(byId).toBeInstanceOf(NotFoundError);
    expect(byId).toMatchObject({
      venue: "extended",
      venueCode: "NOT_FOUND",
      venueMessage: "Order not found",
    });
    const market = await failure(client.getMarkets({ market: "NOPE-USD" }));
    expect(market).toBeInstanceOf(NotFoundError);
    expect(market).toMatchObject({ venueCode: 1001, status: 400, details: { codeName: "MarketNotFound" } });
    expect((market as Error).message).toContain("1001 MarketNotFound: Market not found");
  });

  it("maps margin and balance codes to InsufficientMarginError with the venue's details", async () => {
    server = await startServer((request) =>
      request.method === "PATCH"
        ? { status: 400, body: payload("error-leverage-1052") }
        : { status: 400, body: payload("error-margin-1140") },
    );
    const client = testClient(server);
    const placed = await failure(client.massCancel({ cancelAll: true }));
    expect(placed).toBeInstanceOf(InsufficientMarginError);
    expect(placed).toMatchObject({
      code: "INSUFFICIENT_MARGIN",
      venueCode: 1140,
      venueMessage: "New order cost exceeds available balance",
      status: 400,
      details: { codeName: "OrderCostExceedsBalance" },
    });
    expect((placed as InsufficientMarginError).details?.debugInfo).toContain("Order cost 2.000000");
    expect((placed as InsufficientMarginError).raw).toMatchObject({
      status: "ERROR",
      error: { code: "1140" },
    });
    const leverage = await failure(client.updateLeverage({ market: "BTC-USD", leverage: "50" }));
    expect(leverage).toBeInstanceOf(InsufficientMarginError);
    expect(server.requests).toHaveLength(2);
  });

  it("maps other codes to VenueApiError, including ERROR envelopes sent with HTTP 200", async () => {
    server = await startServer(() => ({ status: 200, body: payload("error-signature-1101") }));
    const error = await failure(testClient(server).cancelOrder({ id: "5" }));
    expect(error).toBeInstanceOf(VenueApiError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(InsufficientMarginError);
    expect(error).toMatchObject({
      venueCode: 1101,
      status: 200,
      details: { codeName: "InvalidStarknetSignature" },
    });
    expect(EXTENDED_ERROR_CODES[10501]).toBe("InvalidLeverageMaxPositionValueExceeded");
  });

  it("maps 429 to RateLimitError with Retry-After, and does not retry a POST", async () => {
    server = await startServer(() => ({
      status: 429,
      headers: { "retry-after": "7" },
      body: '{"status":"ERROR","error":{"code":429,"message":"Too many requests"}}',
    }));
    const error = await failure(testClient(server).setDeadManSwitch({ countdownTime: 0 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
    expect(server.requests).toHaveLength(1);
  });

  it("does not wait out a GET's Retry-After beyond the limit; retries a short one", async () => {
    server = await startServer((request, index) =>
      request.path.endsWith("/stats")
        ? { status: 429, headers: { "retry-after": "120" }, body: "" }
        : index === 1
          ? { status: 429, headers: { "retry-after": "0" }, body: "" }
          : { body: payload("orderbook") },
    );
    const client = testClient(server);
    const error = await failure(client.getMarketStats({ market: "BTC-USD" }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
    const book = await client.getOrderBook({ market: "BTC-USD" });
    expect(book.market).toBe("BTC-USD");
    expect(server.requests).toHaveLength(3);
  });

  it("retries 5xx on GET and never on POST", async () => {
    server = await startServer((request, index) =>
      request.method === "GET" && index > 0
        ? { body: payload("orderbook") }
        : { status: 503, body: "upstream unavailable" },
    );
    const client = testClient(server);
    const book = await client.getOrderBook({ market: "BTC-USD" });
    expect(book.bid).toHaveLength(2);
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "GET"]);

    await server.close();
    server = await startServer(() => ({ status: 500, body: "internal error" }));
    const error = await failure(testClient(server).claimTestnetFunds());
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});

describe("secrets and exact ids", () => {
  it("never shows the API key in errors or log hooks", async () => {
    server = await startServer(() => ({
      status: 401,
      body: `{"status":"ERROR","error":{"code":401,"message":"Invalid API key ${TEST_API_KEY}","debugInfo":"key=${TEST_API_KEY}"}}`,
    }));
    const requests: HttpRequestLog[] = [];
    const responses: HttpResponseLog[] = [];
    const client = testClient(server, {
      apiKey: `  ${TEST_API_KEY}\n`,
      onRequest: (log) => requests.push(log),
      onResponse: (log) => responses.push(log),
    });
    const error = (await failure(client.getPositions())) as VenueApiError;
    expect(server.requests[0]?.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(requests).toHaveLength(1);
    expect(responses).toHaveLength(1);
    const shown = [
      error.message,
      String(error),
      error.stack ?? "",
      JSON.stringify(error.toJSON()),
      JSON.stringify(error.raw),
      error.venueMessage ?? "",
      inspect(error, { depth: 10 }),
      JSON.stringify(requests),
      JSON.stringify(responses),
      inspect(client, { depth: 10 }),
    ].join("\n");
    expect(shown).not.toContain(TEST_API_KEY);
    expect(JSON.stringify(requests[0]?.headers)).toMatch(/x-api-key/i);
  });

  it("keeps 19-digit ids exact end to end", async () => {
    server = await startServer(() => ({ body: payload("open-orders") }));
    const [first, second] = await testClient(server).getOpenOrders();
    expect(first?.id).toBe("1784963886257016832");
    expect(second?.id).toBe("9223372036854775808");
    expect(String(Number(second?.id))).not.toBe(second?.id);
  });
});
