import { CAPABILITY_NAMES, ValidationError } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { VestPerpetual, type VestPerpetualOptions } from "./vest-perpetual.js";

const API_KEY = "feedfacefeedfacefeedfacefeedface";
const credentials = {
  apiKey: API_KEY,
  signingKey: `0x${"22".repeat(32)}` as const,
  primaryAddress: "0x1111111111111111111111111111111111111111",
};
const EXCHANGE_INFO = {
  symbols: [
    {
      symbol: "BTC-PERP",
      base: "BTC",
      quote: "USDC",
      sizeDecimals: 4,
      priceDecimals: 2,
      initMarginRatio: "0.1",
      maintMarginRatio: "0.05",
      takerFee: "0.0001",
      isolated: false,
    },
  ],
  exchange: { lp: "1", insurance: "1", collateralDecimals: 6 },
};

type Route = (request: Request) => Response | Promise<Response>;

/** A fetch that serves exchangeInfo and empty order lists, and `post` for order POSTs; it logs every call. */
function fakeVenue(post: Route) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}`);
    if (url.pathname.endsWith("/exchangeInfo")) return Response.json(EXCHANGE_INFO);
    if (url.pathname.endsWith("/orders") && request.method === "GET") return Response.json([]);
    if (url.pathname.endsWith("/orders") && request.method === "POST") return post(request);
    return Response.json({ code: 1130, msg: "not served by this fake" }, { status: 400 });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const adapters: VestPerpetual[] = [];
function adapter(options: VestPerpetualOptions): VestPerpetual {
  const instance = new VestPerpetual({
    restUrl: "http://127.0.0.1:9/v2",
    wsUrl: "ws://127.0.0.1:9/ws-api",
    ...options,
  });
  adapters.push(instance);
  return instance;
}

afterEach(async () => {
  await Promise.all(adapters.splice(0).map((a) => a.stop()));
});

describe("VestPerpetual (no network)", () => {
  it("declares every capability explicitly", () => {
    const caps = adapter({}).capabilities;
    expect(Object.keys(caps).sort()).toEqual([...CAPABILITY_NAMES].sort());
    expect(caps).toMatchObject({
      marketOrders: true,
      postOnly: false,
      tpsl: true,
      triggerOrders: false,
      gtt: false,
    });
    expect(adapter({ limitIoc: false }).capabilities.ioc).toBe(false);
  });

  it("registers every readiness component with a reason naming what it waits for", () => {
    const status = adapter({ credentials, markets: ["BTC-PERP"] }).readiness.status();
    expect(status.missing).toEqual([
      "markets",
      "orderBooks",
      "funding",
      "balances",
      "positions",
      "openOrders",
      "accountStream",
    ]);
    expect(status.components.funding?.reason).toContain("GET /ticker/latest or the tickers channel");
    expect(status.components.accountStream?.reason).toContain("listen key");
    const readOnly = adapter({}).readiness.status();
    expect(readOnly.missing).toEqual(["markets"]);
    expect(readOnly.components.openOrders?.reason).toBe("read-only: no credentials configured");
  });

  it("refuses account and trading calls in read-only mode without sending anything", async () => {
    const venue = fakeVenue(() => Response.json({ id: "0x1" }));
    const perp = adapter({ fetch: venue.fetch });
    await expect(
      perp.placeOrder({ symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(perp.cancelAllOrders()).rejects.toBeInstanceOf(ValidationError);
    await expect(perp.fetchPositions()).rejects.toBeInstanceOf(ValidationError);
    await expect(perp.watchAccount(() => {})).rejects.toBeInstanceOf(ValidationError);
    expect(venue.calls).toEqual([]);
  });

  it("validates orders before signing or sending", async () => {
    const venue = fakeVenue(() => Response.json({ id: "0x1" }));
    const perp = adapter({ credentials, fetch: venue.fetch });
    const bad = [
      { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1", postOnly: true },
      {
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        timeInForce: "GTT",
        expiresAt: 2e12,
      },
      { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1", clientOrderId: "my-order" },
      { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: 1 },
      { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1.00001", price: "1" },
      { symbol: "DOGE-PERP", side: "buy", type: "limit", size: "1", price: "1" },
    ];
    for (const order of bad) {
      await expect(perp.placeOrder(order as never)).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(perp.setLeverage({ symbol: "BTC-PERP", leverage: 11 })).rejects.toThrow("at most 10");
    expect(venue.calls.filter((c) => c.startsWith("POST"))).toEqual([]);
    expect(perp.trackedOpenOrders()).toEqual([]);
  });

  it("marks an order the venue refused as rejected at once", async () => {
    const venue = fakeVenue(() => Response.json({ code: 1022, msg: "Invalid signature" }, { status: 400 }));
    const perp = adapter({ credentials, fetch: venue.fetch, restRetry: false });
    await expect(
      perp.placeOrder({
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        clientOrderId: "5",
      }),
    ).rejects.toMatchObject({ name: "VenueApiError", venueCode: 1022 });
    expect(perp.trackedOrder({ clientOrderId: "5" })).toMatchObject({ status: "rejected" });
    expect(venue.calls.filter((c) => c === "POST /v2/orders")).toHaveLength(1);
  });

  it("keeps an order whose POST got no answer pending, then settles it by nonce after its recvWindow", async () => {
    const venue = fakeVenue(() => {
      throw new TypeError(`socket hang up (api key ${API_KEY})`);
    });
    const perp = adapter({
      credentials,
      fetch: venue.fetch,
      restRetry: false,
      recvWindowMs: 1,
      now: () => 1_700_000_000_000,
    });
    const error = await perp
      .placeOrder({
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        clientOrderId: "9",
      })
      .then(
        () => undefined,
        (e: unknown) => e as Error & { toJSON(): unknown },
      );
    if (error === undefined) throw new Error("placeOrder should have failed");
    expect(String(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error.toJSON())).not.toContain(API_KEY);
    expect(perp.trackedOrder({ clientOrderId: "9" })?.status).toBe("pending");
    expect(venue.calls.filter((c) => c === "POST /v2/orders")).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(perp.trackedOrder({ clientOrderId: "9" })).toMatchObject({ status: "rejected" });
    expect(venue.calls.at(-1)).toBe("GET /v2/orders");
  });
});
