import { parseJson } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { StarkSigner, signOrder, TESTNET_DOMAIN } from "../../signing/index.js";
import type { ExtendedRestClient } from "../client.js";
import {
  payload,
  type RecordedRequest,
  startServer,
  TEST_API_KEY,
  type TestServer,
  testClient,
} from "../test-server.test-helper.js";

/* Python SDK vector C1: SELL 0.001 BTC @ 43445.1168, fee 0.0005, SN_SEPOLIA, nonce 1473459052. */
const C_PRIVATE_KEY = "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986";
const C_PUBLIC_KEY = "0x61c5e7e8339b7d56f197f54ea91b776776690e3232313de0f2ecbd0ef76f466";
const C_MARKET = {
  name: "BTC-USD",
  l2Config: {
    syntheticId: "0x4254432d3600000000000000000000",
    syntheticResolution: 1000000,
    collateralId: "0x31857064564ed0ff978e687456963cba09c2c6985d8f9300a1de4962fafa054",
    collateralResolution: 1000000,
  },
};
const C1 = {
  id: "529621978301228831750156704671293558063128025271079340676658105549022202327",
  r: "0x3d17d8b9652e5f60d40d079653cfa92b1065ea8cf159609a3c390070dcd44f7",
  s: "0x76a6deccbc84ac324f695cfbde80e0ed62443e95f5dcd8722d12650ccc122e5",
};
const c1Intent = {
  domain: TESTNET_DOMAIN,
  vault: 10002,
  market: C_MARKET,
  type: "LIMIT" as const,
  side: "SELL" as const,
  qty: "0.00100000",
  price: "43445.11680000",
  fee: "0.0005",
  expiryEpochMillis: 1704420537000,
  nonce: 1473459052,
};

interface Case {
  name: string;
  payload: string;
  call: (client: ExtendedRestClient) => Promise<unknown>;
  method?: string;
  path: string;
  query?: [string, string][];
  /** Expected JSON body, compared after an exact (big-integer preserving) parse. */
  body?: unknown;
  check: (result: unknown) => void;
}

const signer = StarkSigner.fromPrivateKey(C_PRIVATE_KEY);

const cases: Case[] = [
  {
    name: "getAccountInfo",
    payload: "account-info",
    call: (c) => c.getAccountInfo(),
    path: "/api/v1/user/account/info",
    check: (r) =>
      expect(r).toMatchObject({
        accountId: "3004",
        accountIndex: 0,
        status: "ACTIVE",
        l2Key: C_PUBLIC_KEY,
        l2Vault: "500343",
        apiKeys: [],
      }),
  },
  {
    name: "getAccounts",
    payload: "accounts",
    call: (c) => c.getAccounts(),
    path: "/api/v1/user/accounts",
    check: (r) => expect((r as { l2Vault: string }[]).map((a) => a.l2Vault)).toEqual(["321", "500344"]),
  },
  {
    name: "getClientInfo",
    payload: "client-info",
    call: (c) => c.getClientInfo(),
    path: "/api/v1/user/client/info",
    check: (r) =>
      expect(r).toEqual({
        id: "1507",
        evmWalletAddress: "0x2c12f074766f5eF9c5300ca8C85d06fBa605C59f",
        starknetWalletAddress: undefined,
        referralLinkCode: "PERP",
      }),
  },
  {
    name: "getBalance",
    payload: "balance",
    call: (c) => c.getBalance(),
    path: "/api/v1/user/balance",
    check: (r) =>
      expect(r).toMatchObject({
        collateralName: "USD",
        balance: "7.667333",
        unrealisedPnl: "0",
        leverage: "0",
        updatedTime: 1762927892866,
      }),
  },
  {
    name: "getSpotBalances",
    payload: "spot-balances",
    call: (c) => c.getSpotBalances(),
    path: "/api/v1/user/spot/balances",
    check: (r) =>
      expect((r as unknown[])[0]).toMatchObject({ accountId: "3004", asset: "USD", balance: "100.5" }),
  },
  {
    name: "getAssetOperations",
    payload: "asset-operations",
    call: (c) => c.getAssetOperations({ type: "TRANSFER", status: "COMPLETED", limit: 50 }),
    path: "/api/v1/user/assetOperations",
    query: [
      ["type", "TRANSFER"],
      ["status", "COMPLETED"],
      ["limit", "50"],
    ],
    check: (r) => {
      const page = r as Awaited<ReturnType<ExtendedRestClient["getAssetOperations"]>>;
      expect(page.cursor).toBe("1816814506626783233");
      expect(page.items[0]).toMatchObject({
        id: "1816814506626783232",
        amount: "-1000",
        asset: "1",
        counterpartyAccountId: "7349",
      });
      expect(page.items[1]?.transactionHash).toBe("0xabc123");
    },
  },
  {
    name: "getPositions",
    payload: "positions",
    call: (c) => c.getPositions({ market: "BTC-USD", side: "LONG" }),
    path: "/api/v1/user/positions",
    query: [
      ["market", "BTC-USD"],
      ["side", "LONG"],
    ],
    check: (r) =>
      expect((r as unknown[])[0]).toMatchObject({
        id: "1784963886257016832",
        side: "LONG",
        size: "0.1",
        adl: "2.5",
        createdTime: 1701563440000,
        updatedTime: 1701563440000,
      }),
  },
  {
    name: "getPositionsHistory",
    payload: "positions-history",
    call: (c) => c.getPositionsHistory({ market: ["BTC-USD"], limit: 1 }),
    path: "/api/v1/user/positions/history",
    query: [
      ["market", "BTC-USD"],
      ["limit", "1"],
    ],
    check: (r) =>
      expect(r).toMatchObject({
        cursor: "1784963886257016832",
        count: 1,
        items: [{ exitType: "TRADE", realisedPnlBreakdown: { tradePnl: "100", fundingFees: "0.2" } }],
      }),
  },
  {
    name: "getOpenOrders",
    payload: "open-orders",
    call: (c) => c.getOpenOrders({ market: "BTC-USD", type: "LIMIT", side: "BUY" }),
    path: "/api/v1/user/orders",
    query: [
      ["market", "BTC-USD"],
      ["type", "LIMIT"],
      ["side", "BUY"],
    ],
    check: (r) => {
      const [a, b] = r as Awaited<ReturnType<ExtendedRestClient["getOpenOrders"]>>;
      expect(a).toMatchObject({
        id: "1784963886257016832",
        accountId: "3004",
        status: "NEW",
        postOnly: true,
      });
      expect(b).toMatchObject({
        id: "9223372036854775808",
        statusReason: "UNKNOWN",
        trigger: { triggerPrice: "38500", direction: "DOWN", executionPriceType: "LIMIT" },
        tpSlType: "ORDER",
        takeProfit: { price: "41500", priceType: "LIMIT" },
      });
      expect(b?.raw.statusReason).toBe("SOME_NEW_REASON");
    },
  },
  {
    name: "getOrdersHistory",
    payload: "orders-history",
    call: (c) =>
      c.getOrdersHistory({
        id: ["1775511783722512384", 5n],
        externalId: "ext-9",
        market: "BTC-USD",
        sort: "UPDATED_AT",
        limit: 100,
      }),
    path: "/api/v1/user/orders/history",
    query: [
      ["id", "1775511783722512384"],
      ["id", "5"],
      ["externalId", "ext-9"],
      ["market", "BTC-USD"],
      ["limit", "100"],
      ["sort", "UPDATED_AT"],
    ],
    check: (r) =>
      expect(r).toMatchObject({
        cursor: "1775511783722512384",
        items: [{ id: "1775511783722512384", status: "FILLED", averagePrice: "39010.5", timeInForce: "IOC" }],
      }),
  },
  {
    name: "getOrderById",
    payload: "order",
    call: (c) => c.getOrderById({ id: "1784963886257016832" }),
    path: "/api/v1/user/orders/1784963886257016832",
    check: (r) =>
      expect(r).toMatchObject({ id: "1784963886257016832", filledQty: "0.1", expireTime: 1702168240000 }),
  },
  {
    name: "getOrdersByExternalId",
    payload: "orders-by-external-id",
    call: (c) => c.getOrdersByExternalId({ externalId: "my order/1" }),
    path: "/api/v1/user/orders/external/my%20order%2F1",
    check: (r) => {
      const [order] = r as Awaited<ReturnType<ExtendedRestClient["getOrdersByExternalId"]>>;
      expect(order).toMatchObject({
        externalId: "my order/1",
        type: "TPSL",
        qty: "0",
        tpSlType: "POSITION",
        stopLoss: { triggerPrice: "37000", status: "UNTRIGGERED" },
      });
      expect(order?.price).toBeUndefined();
    },
  },
  {
    name: "getTrades",
    payload: "trades",
    call: (c) => c.getTrades({ market: "BTC-USD", type: "TRADE", cursor: "1811328331296018433" }),
    path: "/api/v1/user/trades",
    query: [
      ["market", "BTC-USD"],
      ["type", "TRADE"],
      ["cursor", "1811328331296018433"],
    ],
    check: (r) =>
      expect(r).toMatchObject({
        items: [
          {
            id: "1811328331296018432",
            orderId: "1811328331287359488",
            price: "58249.8",
            qty: "0.001",
            fee: "0.029124",
            isTaker: true,
            tradeType: "TRADE",
          },
        ],
      }),
  },
  {
    name: "getFundingPayments",
    payload: "funding-payments",
    call: (c) => c.getFundingPayments({ market: "BTC-USD", startTime: 1723000000000 }),
    path: "/api/v1/user/funding/history",
    query: [
      ["market", "BTC-USD"],
      ["startTime", "1723000000000"],
    ],
    check: (r) =>
      expect(r).toMatchObject({
        cursor: "8341",
        items: [{ positionId: "1821237954501148672", fundingFee: "0.06", paidTime: 1723147241346 }],
      }),
  },
  {
    name: "getRebatesStats",
    payload: "rebates-stats",
    call: (c) => c.getRebatesStats(),
    path: "/api/v1/user/rebates/stats",
    check: (r) => expect(r).toMatchObject({ totalPaid: "12.5", rebatesRate: "0.00002" }),
  },
  {
    name: "getLeverage",
    payload: "leverage",
    call: (c) => c.getLeverage({ market: ["BTC-USD", "ETH-USD"] }),
    path: "/api/v1/user/leverage",
    query: [
      ["market", "BTC-USD"],
      ["market", "ETH-USD"],
    ],
    check: (r) =>
      expect(r).toEqual([
        { market: "BTC-USD", leverage: "10" },
        { market: "ETH-USD", leverage: "5" },
      ]),
  },
  {
    name: "updateLeverage",
    payload: "update-leverage",
    call: (c) => c.updateLeverage({ market: "BTC-USD", leverage: "20" }),
    method: "PATCH",
    path: "/api/v1/user/leverage",
    body: { market: "BTC-USD", leverage: "20" },
    check: (r) => expect(r).toEqual({ market: "BTC-USD", leverage: "20" }),
  },
  {
    name: "getFees",
    payload: "fees",
    call: (c) => c.getFees({ market: "BTC-USD", builderId: 2017 }),
    path: "/api/v1/user/fees",
    query: [
      ["market", "BTC-USD"],
      ["builderId", "2017"],
    ],
    check: (r) =>
      expect(r).toEqual([
        { market: "BTC-USD", makerFeeRate: "0", takerFeeRate: "0.00025", builderFeeRate: "0.0001" },
      ]),
  },
  {
    name: "createOrder (signed body)",
    payload: "create-order",
    call: (c) => c.createOrder({ order: signOrder(signer, c1Intent) }),
    method: "POST",
    path: "/api/v1/user/order",
    body: signOrder(signer, c1Intent).body,
    check: (r) =>
      expect(r).toEqual({
        id: "1791389621914243072",
        externalId: "529621978301228831750156704671293558063128025271079340676658105549022202327",
      }),
  },
  {
    name: "createRfqOrder",
    payload: "create-order",
    call: (c) =>
      c.createRfqOrder({
        order: signOrder(signer, c1Intent),
        rfq: { startPrice: "43440", maxRepriceSteps: 3 },
      }),
    method: "POST",
    path: "/api/v1/user/order/rfq",
    body: { ...signOrder(signer, c1Intent).body, rfq: { startPrice: "43440", maxRepriceSteps: 3 } },
    check: (r) => expect(r).toMatchObject({ id: "1791389621914243072" }),
  },
  {
    name: "cancelOrder",
    payload: "ok",
    call: (c) => c.cancelOrder({ id: 9223372036854775808n }),
    method: "DELETE",
    path: "/api/v1/user/order/9223372036854775808",
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "cancelOrderByExternalId",
    payload: "ok",
    call: (c) => c.cancelOrderByExternalId({ externalId: "ext 1&2" }),
    method: "DELETE",
    path: "/api/v1/user/order",
    query: [["externalId", "ext 1&2"]],
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "massCancel",
    payload: "ok",
    call: (c) =>
      c.massCancel({
        orderIds: ["9223372036854775808", 12],
        externalOrderIds: ["ext-1"],
        markets: ["BTC-USD"],
      }),
    method: "POST",
    path: "/api/v1/user/order/massCancel",
    body: { orderIds: [9223372036854775808n, 12], externalOrderIds: ["ext-1"], markets: ["BTC-USD"] },
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "transfer (signed here)",
    payload: "transfer",
    call: (c) =>
      c.transfer({
        signer,
        fromAccount: 3004,
        toAccount: "7349",
        amount: "1.1",
        senderVault: 10002,
        receiverVault: 10002,
        receiverPublicKey: "0x3895139a98a6168dc8b0db251bcd0e6dcf97fd1e96f7a87d9bd3f341753a844",
        nonce: 1473459052,
        expirationSeconds: 1706231337,
        domain: TESTNET_DOMAIN,
      }),
    method: "POST",
    path: "/api/v1/user/transfer",
    body: {
      fromAccount: "3004",
      toAccount: "7349",
      amount: "1.1",
      transferredAsset: "USD",
      settlement: {
        amount: "1100000",
        assetId: "0x1",
        expirationTimestamp: 1706231337,
        nonce: "1473459052",
        receiverPositionId: 10002,
        receiverPublicKey: "0x3895139a98a6168dc8b0db251bcd0e6dcf97fd1e96f7a87d9bd3f341753a844",
        senderPositionId: 10002,
        senderPublicKey: C_PUBLIC_KEY,
        // Python SDK vector D2 (collateral 0x1).
        signature: {
          r: "0x21f353080b04ab862474d0d2985f4d223087a89193a3a8bdea3de320f845cf8",
          s: "0x6f70daa9e65037d97ccf0667cc6f1368b7b01a93d0ededf929b53be3f177d96",
        },
      },
    },
    check: (r) => expect(r).toEqual({ validSignature: true, id: "1816814506626783232" }),
  },
  {
    name: "transferOnchain (signed here)",
    payload: "transfer-onchain",
    call: (c) =>
      c.transferOnchain({
        signer,
        amount: "1.1",
        senderVault: 10002,
        receiverVault: 10002,
        receiverPublicKey: "0x3895139a98a6168dc8b0db251bcd0e6dcf97fd1e96f7a87d9bd3f341753a844",
        nonce: 1473459052,
        expirationSeconds: 1706231337,
        domain: TESTNET_DOMAIN,
      }),
    method: "POST",
    path: "/api/v1/user/transfer/onchain",
    check: (r) =>
      expect(r).toMatchObject({
        validSignature: true,
        id: "1816814506626783234",
        hashCalculated: "0x34b927d4c1b9ca5678424e4cd7e48e7dbddb9d84c946985a36cdb5295b04d14",
      }),
  },
  {
    name: "withdraw (signed here)",
    payload: "withdrawal",
    call: (c) =>
      c.withdraw({
        signer,
        accountId: 3004,
        amount: "2",
        positionId: 10002,
        recipient: "0x019ec96d4aea6fdc6f0b5f393fec3f186aefa8f0b8356f43d07b921ff48aa5da",
        salt: 93763903,
        expirationSeconds: 1755690249,
      }),
    method: "POST",
    path: "/api/v1/user/withdrawal",
    check: (r) => expect(r).toBe("1821237954501148673"),
  },
  {
    name: "setDeadManSwitch",
    payload: "",
    call: (c) => c.setDeadManSwitch({ countdownTime: 60 }),
    method: "POST",
    path: "/api/v1/user/deadmanswitch",
    query: [["countdownTime", "60"]],
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "claimTestnetFunds",
    payload: "claim",
    call: (c) => c.claimTestnetFunds(),
    method: "POST",
    path: "/api/v1/user/claim",
    body: {},
    check: (r) => expect(r).toEqual({ id: "1821237954501148674" }),
  },
  {
    name: "getBridgeConfig (un-enveloped)",
    payload: "bridge-config",
    call: (c) => c.getBridgeConfig(),
    path: "/api/v1/user/bridge/config",
    check: (r) =>
      expect(r).toEqual({
        chains: [{ chain: "ARB", contractAddress: "0x10417734001162ea139e8b044dfe28dbb8b28ad0" }],
      }),
  },
  {
    name: "getBridgeQuote",
    payload: "bridge-quote",
    call: (c) => c.getBridgeQuote({ chainIn: "STRK", chainOut: "ARB", amount: "100" }),
    path: "/api/v1/user/bridge/quote",
    query: [
      ["chainIn", "STRK"],
      ["chainOut", "ARB"],
      ["amount", "100"],
    ],
    check: (r) => expect(r).toEqual({ id: "quote-6804", fee: "0.25", amountOut: "99.75" }),
  },
  {
    name: "commitBridgeQuote",
    payload: "ok",
    call: (c) => c.commitBridgeQuote({ id: "quote-6804" }),
    method: "POST",
    path: "/api/v1/user/bridge/quote",
    query: [["id", "quote-6804"]],
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "getEquityChart",
    payload: "equity-chart",
    call: (c) => c.getEquityChart({ accountId: 3004, interval: "WEEK" }),
    path: "/api/v1/portfolio/charts/equities",
    query: [
      ["accountId", "3004"],
      ["interval", "WEEK"],
    ],
    check: (r) =>
      expect(r).toEqual([
        { date: "2026-04-01", value: "1000.5" },
        { date: "2026-04-02", value: "1002" },
      ]),
  },
  {
    name: "getPnlChart",
    payload: "pnl-chart",
    call: (c) => c.getPnlChart({ accountId: "3004", interval: "DAY", pnlType: "REALISED_PNL" }),
    path: "/api/v1/portfolio/charts/pnl",
    query: [
      ["accountId", "3004"],
      ["interval", "DAY"],
      ["pnlType", "REALISED_PNL"],
    ],
    check: (r) => expect(r).toEqual([{ date: "2026-04-01", value: "-1.5" }]),
  },
  {
    name: "getAffiliate",
    payload: "referral-data",
    call: (c) => c.getAffiliate(),
    path: "/api/v1/user/affiliate",
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
  {
    name: "getReferralStatus",
    payload: "referral-data",
    call: (c) => c.getReferralStatus(),
    path: "/api/v1/user/referrals/status",
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
  {
    name: "getReferralLinks",
    payload: "referral-data",
    call: (c) => c.getReferralLinks(),
    path: "/api/v1/user/referrals/links",
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
  {
    name: "getReferralDashboard",
    payload: "referral-data",
    call: (c) => c.getReferralDashboard({ period: "MONTH" }),
    path: "/api/v1/user/referrals/dashboard",
    query: [["period", "MONTH"]],
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
  {
    name: "useReferralCode",
    payload: "ok",
    call: (c) => c.useReferralCode({ code: "PERP" }),
    method: "POST",
    path: "/api/v1/user/referrals/use",
    body: { code: "PERP" },
    check: (r) => expect(r).toBeUndefined(),
  },
  {
    name: "getRewardsEarned",
    payload: "referral-data",
    call: (c) => c.getRewardsEarned(),
    path: "/api/v1/user/rewards/earned",
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
  {
    name: "getRewardsLeaderboardStats",
    payload: "referral-data",
    call: (c) => c.getRewardsLeaderboardStats(),
    path: "/api/v1/user/rewards/leaderboard/stats",
    check: (r) => expect(r).toEqual({ code: "PERP", active: true }),
  },
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const pairs = (request: RecordedRequest): [string, string][] => [...request.query.entries()];

describe("private endpoints against recorded payloads", () => {
  it.each(cases)("$name sends the documented request and parses the payload", async (c) => {
    server = await startServer(() => ({ body: c.payload === "" ? "" : payload(c.payload) }));
    const result = await c.call(testClient(server));
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe(c.method ?? "GET");
    expect(request.path).toBe(c.path);
    expect(pairs(request)).toEqual(c.query ?? []);
    expect(request.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(request.headers["user-agent"]).toMatch(/^perp-sdk-extended\//);
    if (c.body !== undefined) {
      expect(request.headers["content-type"]).toBe("application/json");
      expect(parseJson(request.body)).toEqual(c.body);
    }
    if (c.method === undefined || c.method === "DELETE") expect(request.body).toBe("");
    c.check(result);
  });
});

describe("order placement", () => {
  it("signs a high-level order under the client's domain, reproducing vector C1", async () => {
    server = await startServer(() => ({ body: payload("create-order") }));
    const client = testClient(server, { network: "testnet" });
    const { domain: _domain, ...intent } = c1Intent;
    const placed = await client.createOrder({ signer, order: intent });
    expect(placed.id).toBe("1791389621914243072");
    const body = parseJson(server.requests[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: C1.id,
      market: "BTC-USD",
      type: "LIMIT",
      side: "SELL",
      qty: "0.00100000",
      price: "43445.11680000",
      fee: "0.0005",
      nonce: "1473459052",
      expiryEpochMillis: 1704420537000,
      settlement: { signature: { r: C1.r, s: C1.s }, starkKey: C_PUBLIC_KEY, collateralPosition: "10002" },
    });
  });

  it("accepts a market from getMarkets as the signing market", async () => {
    server = await startServer((request) =>
      request.path.endsWith("/info/markets")
        ? { body: payload("markets") }
        : { body: payload("create-order") },
    );
    const client = testClient(server);
    const [market] = await client.getMarkets({ market: "BTC-USD" });
    const { domain: _domain, ...intentWithoutDomain } = c1Intent;
    await client.createOrder({
      signer,
      order: {
        ...intentWithoutDomain,
        market: market!,
        tpSlType: "POSITION",
        type: "TPSL",
        qty: "0",
        price: "0",
        reduceOnly: true,
        stopLoss: { triggerPrice: "40000", triggerPriceType: "MARK", price: "39000", priceType: "LIMIT" },
      },
    });
    const body = parseJson(server.requests[1]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({ type: "TPSL", tpSlType: "POSITION", qty: "0", price: "0" });
    expect(body.settlement).toBeUndefined();
    expect((body.stopLoss as { settlement: { starkKey: string } }).settlement.starkKey).toBe(C_PUBLIC_KEY);
  });

  it("edits by cancel-replace: a signed order carrying cancelId", async () => {
    server = await startServer(() => ({ body: payload("create-order") }));
    const client = testClient(server);
    await client.editOrder({
      signer,
      cancelId: "old-ext-id",
      order: { ...c1Intent, id: "new-ext-id", price: "43500" },
    });
    const body = parseJson(server.requests[0]!.body) as Record<string, unknown>;
    expect(server.requests[0]!.path).toBe("/api/v1/user/order");
    expect(body).toMatchObject({ id: "new-ext-id", cancelId: "old-ext-id", price: "43500" });
  });

  it("refuses an edit without cancelId and a malformed signed body before sending", async () => {
    server = await startServer(() => ({ body: payload("create-order") }));
    const client = testClient(server);
    await expect(client.editOrder({ order: signOrder(signer, c1Intent) })).rejects.toThrow(/cancelId/);
    const body = { ...signOrder(signer, c1Intent).body, qty: "1e-3" };
    await expect(client.createOrder({ order: body })).rejects.toThrow(/qty/);
    await expect(
      client.createOrder({ signer: { publicKey: 1n } as unknown as StarkSigner, order: c1Intent }),
    ).rejects.toThrow(/StarkSigner/);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses private calls without an API key", async () => {
    server = await startServer(() => ({ body: payload("balance") }));
    const client = testClient(server, { apiKey: undefined });
    await expect(client.getBalance()).rejects.toThrow(/apiKey/);
    expect(server.requests).toHaveLength(0);
  });

  it("validates mass-cancel and dead-man-switch input", async () => {
    server = await startServer(() => ({ body: payload("ok") }));
    const client = testClient(server);
    await expect(client.massCancel({})).rejects.toThrow(/cancelAll/);
    await expect(client.setDeadManSwitch({ countdownTime: -1 })).rejects.toThrow(/countdownTime/);
    await expect(
      client.updateLeverage({ market: "BTC-USD", leverage: 10 as unknown as string }),
    ).rejects.toThrow(/leverage/);
    await client.massCancel({ cancelAll: true });
    expect(parseJson(server.requests[0]!.body)).toEqual({ cancelAll: true });
  });

  it("takes the requested leverage when PATCH /user/leverage answers with an empty body", async () => {
    server = await startServer(() => ({ body: "" }));
    await expect(testClient(server).updateLeverage({ market: "ETH-USD", leverage: "5" })).resolves.toEqual({
      market: "ETH-USD",
      leverage: "5",
    });
  });
});
