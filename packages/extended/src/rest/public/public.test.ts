import { NotFoundError, ValidationError } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import type { ExtendedRestClient } from "../client.js";
import {
  payload,
  type RecordedRequest,
  startServer,
  type TestServer,
  testClient,
} from "../test-server.test-helper.js";
import { getMarkets } from "./getMarkets.js";

interface Case {
  name: string;
  payload: string;
  call: (client: ExtendedRestClient) => Promise<unknown>;
  path: string;
  query?: [string, string][];
  check: (result: unknown) => void;
}

const cases: Case[] = [
  {
    name: "getMarkets",
    payload: "markets",
    call: (c) => c.getMarkets({ market: ["BTC-USD", "ETH-USD"] }),
    path: "/api/v1/info/markets",
    query: [
      ["market", "BTC-USD"],
      ["market", "ETH-USD"],
    ],
    check: (r) => {
      const [m] = r as Awaited<ReturnType<ExtendedRestClient["getMarkets"]>>;
      expect(m?.name).toBe("BTC-USD");
      expect(m?.status).toBe("ACTIVE");
      expect(m?.l2Config).toEqual({
        type: "STARKX",
        collateralId: "0x1",
        syntheticId: "0x4254432d3600000000000000000000",
        syntheticResolution: 1000000,
        collateralResolution: 1000000,
      });
      expect(m?.tradingConfig.maxNumOrders).toBe(200);
      expect(m?.tradingConfig.maxLeverage).toBe("50");
      expect(m?.tradingConfig.minOrderSizeChange).toBe("0.00001");
      expect(m?.tradingConfig.riskFactorConfig[1]).toEqual({
        upperBound: "800000",
        riskFactor: "0.025",
        isAvailableForUsers: undefined,
      });
      expect(m?.marketStats.markPrice).toBe("97119.532115");
      expect(m?.marketStats.nextFundingRate).toBe(1763812800000);
      expect(m?.marketStats.deleverageLevels?.shortPositions[1]).toEqual({
        level: 2,
        rankingLowerBound: "-0.002",
      });
      expect(m?.raw.someFutureField).toEqual({ x: "1" });
      expect(m && "someFutureField" in m).toBe(false);
    },
  },
  {
    name: "getMarketStats",
    payload: "market-stats",
    call: (c) => c.getMarketStats({ market: "BTC-USD" }),
    path: "/api/v1/info/markets/BTC-USD/stats",
    check: (r) =>
      expect(r).toMatchObject({
        lastPrice: "39640",
        fundingRate: "-0.0000125",
        nextFundingRate: 1701563440000,
        openInterestBase: "39659164065.1",
        deleverageLevels: { longPositions: [{ level: 1, rankingLowerBound: "0.01" }] },
      }),
  },
  {
    name: "getOrderBook",
    payload: "orderbook",
    call: (c) => c.getOrderBook({ market: "BTC-USD" }),
    path: "/api/v1/info/markets/BTC-USD/orderbook",
    check: (r) =>
      expect(r).toEqual({
        market: "BTC-USD",
        bid: [
          { qty: "0.04852", price: "61827.7" },
          { qty: "0.50274", price: "61820.5" },
        ],
        ask: [
          { qty: "0.04852", price: "61840.3" },
          { qty: "0.4998", price: "61843.5" },
        ],
      }),
  },
  {
    name: "getPublicTrades",
    payload: "public-trades",
    call: (c) => c.getPublicTrades({ market: "BTC-USD" }),
    path: "/api/v1/info/markets/BTC-USD/trades",
    check: (r) =>
      expect(r).toEqual([
        {
          id: "1844000421446684673",
          market: "BTC-USD",
          side: "SELL",
          tradeType: "TRADE",
          time: 1728648000000,
          price: "60000.5",
          qty: "0.0012",
        },
        {
          id: "1844000421446684672",
          market: "BTC-USD",
          side: "BUY",
          tradeType: "LIQUIDATION",
          time: 1728647999000,
          price: "60001",
          qty: "0.5",
        },
      ]),
  },
  {
    name: "getCandles",
    payload: "candles",
    call: (c) =>
      c.getCandles({
        market: "BTC-USD",
        candleType: "mark-prices",
        interval: "PT1M",
        limit: 2,
        endTime: 1715797400000,
      }),
    path: "/api/v1/info/candles/BTC-USD/mark-prices",
    query: [
      ["interval", "PT1M"],
      ["limit", "2"],
      ["endTime", "1715797400000"],
    ],
    check: (r) =>
      expect((r as unknown[])[1]).toEqual({
        open: "65208.1",
        low: "65190",
        high: "65230",
        close: "65206.2",
        volume: "1.25",
        time: 1715797260000,
      }),
  },
  {
    name: "getFundingRates",
    payload: "funding-rates",
    call: (c) =>
      c.getFundingRates({
        market: "BTC-USD",
        startTime: 1701500000000,
        endTime: 1701600000000,
        cursor: 1784963886257016832n,
        limit: 2,
      }),
    path: "/api/v1/info/BTC-USD/funding",
    query: [
      ["startTime", "1701500000000"],
      ["endTime", "1701600000000"],
      ["cursor", "1784963886257016832"],
      ["limit", "2"],
    ],
    check: (r) =>
      expect(r).toEqual({
        items: [
          { market: "BTC-USD", time: 1701563440000, fundingRate: "0.001" },
          { market: "BTC-USD", time: 1701559840000, fundingRate: "-0.0000125" },
        ],
        cursor: "1784963886257016832",
        count: 2,
      }),
  },
  {
    name: "getOpenInterests",
    payload: "open-interests",
    call: (c) =>
      c.getOpenInterests({ market: "BTC-USD", interval: "P1H", startTime: 1701500000000, limit: 300 }),
    path: "/api/v1/info/BTC-USD/open-interests",
    query: [
      ["interval", "P1H"],
      ["startTime", "1701500000000"],
      ["limit", "300"],
    ],
    check: (r) =>
      expect((r as unknown[])[0]).toEqual({
        openInterest: "151283.99",
        openInterestBase: "2.2",
        time: 1701563440000,
      }),
  },
  {
    name: "getAssets",
    payload: "assets",
    call: (c) => c.getAssets({ asset: "USD", collateral: true }),
    path: "/api/v1/info/assets",
    query: [
      ["asset", "USD"],
      ["collateral", "true"],
    ],
    check: (r) =>
      expect((r as unknown[])[0]).toMatchObject({
        id: "1",
        name: "USD",
        precision: 6,
        starkexId: "0x1",
        starkexResolution: 1000000,
        l1Id: "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
        canBeUsedAsCollateral: true,
      }),
  },
  {
    name: "getAssetPrice",
    payload: "asset-price",
    call: (c) => c.getAssetPrice({ asset: "USD" }),
    path: "/api/v1/info/assets/USD/price",
    check: (r) => expect(r).toBe("1.00012"),
  },
  {
    name: "getStarknetDomain",
    payload: "starknet-domain",
    call: (c) => c.getStarknetDomain(),
    path: "/api/v1/info/starknet",
    check: (r) => expect(r).toEqual({ name: "Perpetuals", version: "v0", chainId: "SN_MAIN", revision: 1 }),
  },
  {
    name: "getSettings",
    payload: "settings",
    call: (c) => c.getSettings(),
    path: "/api/v1/info/settings",
    check: (r) =>
      expect(r).toEqual({
        starkExContractAddress: "0x062da0780fae50d68cecaa5a051606dc21217ba290969b302db4dd99d2e9b470",
      }),
  },
  {
    name: "getBuilderDashboard",
    payload: "builder-dashboard",
    call: (c) => c.getBuilderDashboard(),
    path: "/api/v1/info/builder/dashboard",
    check: (r) =>
      expect(r).toEqual({
        total: [{ builderId: "2017", volume: "125000.5", fees: "12.5" }],
        daily: [{ date: "2026-04-05", volume: "1000", fees: "0.1" }],
      }),
  },
  {
    name: "getVaultPerformance",
    payload: "vault-performance",
    call: (c) => c.getVaultPerformance({ interval: "MONTH" }),
    path: "/api/v1/vault/public/performance",
    query: [["interval", "MONTH"]],
    check: (r) => expect(r).toEqual([{ date: "1743811200000", value: "0.0123" }]),
  },
  {
    name: "getVaultSummary",
    payload: "vault-summary",
    call: (c) => c.getVaultSummary(),
    path: "/api/v1/vault/public/summary",
    check: (r) => expect(r).toEqual({ tvl: "1250000.25", apy: "0.18" }),
  },
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function queryPairs(request: RecordedRequest): [string, string][] {
  return [...request.query.entries()];
}

describe("public endpoints against recorded payloads", () => {
  it.each(cases)("$name sends the documented request and parses the payload", async (c) => {
    server = await startServer(() => ({ body: payload(c.payload) }));
    const result = await c.call(testClient(server));
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe("GET");
    expect(request.path).toBe(c.path);
    expect(queryPairs(request)).toEqual(c.query ?? []);
    expect(request.headers["x-api-key"]).toBeUndefined();
    expect(request.headers["user-agent"]).toMatch(/^perp-sdk-extended\//);
    expect(request.body).toBe("");
    c.check(result);
  });

  it("work without an API key, through the standalone action too", async () => {
    server = await startServer(() => ({ body: payload("markets") }));
    const client = testClient(server, { apiKey: undefined });
    const markets = await getMarkets(client);
    expect(markets.map((m) => m.name)).toEqual(["BTC-USD"]);
    expect(server.requests[0]?.query.toString()).toBe("");
  });

  it("maps the NOT_FOUND envelope of an unknown market to NotFoundError", async () => {
    server = await startServer(() => ({ status: 404, body: payload("error-market-not-found") }));
    const error = await testClient(server)
      .getMarketStats({ market: "NOPE-USD" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ venueCode: "NOT_FOUND", venueMessage: "Market not found", status: 404 });
  });

  it("rejects bad parameters with ValidationError before sending", async () => {
    server = await startServer(() => ({ body: payload("candles") }));
    const client = testClient(server);
    await expect(client.getMarketStats({ market: "BTC/USD" })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      client.getCandles({ market: "BTC-USD", candleType: "trades", interval: "PT3M" as "PT1M", limit: 10 }),
    ).rejects.toThrow(/interval/);
    await expect(
      client.getCandles({ market: "BTC-USD", candleType: "trades", interval: "PT1M", limit: 10_001 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      client.getFundingRates({ market: "BTC-USD", startTime: 1, endTime: 2, cursor: "12ab" }),
    ).rejects.toThrow(/cursor/);
    expect(server.requests).toHaveLength(0);
  });

  it("reports a payload that does not match the schema as a response ValidationError", async () => {
    server = await startServer(() => ({
      body: '{"status":"OK","data":{"market":"BTC-USD","bid":[{"qty":"x","price":"1"}],"ask":[]}}',
    }));
    const error = await testClient(server)
      .getOrderBook({ market: "BTC-USD" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(["bid", 0, "qty"]);
    expect((error as ValidationError).details).toMatchObject({ stage: "response", action: "getOrderBook" });
  });
});
