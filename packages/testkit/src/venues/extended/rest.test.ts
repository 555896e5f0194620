import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, type Rig, START, startRig, USER_AGENT, type Wire } from "./__fixtures__/sim.js";
import { EXTENDED_TEST_ACCOUNT, EXTENDED_TEST_SUBACCOUNT } from "./credentials.js";

const KEY = EXTENDED_TEST_ACCOUNT.apiKey;
let rig: Rig;

beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

describe("extended public REST", () => {
  it("lists markets with trading rules, l2Config and stats", async () => {
    const { status, json } = await api(rig, "GET", "/info/markets");
    expect(status).toBe(200);
    expect(json.status).toBe("OK");
    expect(json.data.map((m: Wire) => m.name)).toEqual(["BTC-USD", "ETH-USD"]);
    const btc = json.data[0];
    expect(btc.l2Config).toEqual({
      type: "STARKX",
      collateralId: "0x1",
      collateralResolution: 1000000,
      syntheticId: "0x4254432d3600000000000000000000",
      syntheticResolution: 1000000,
    });
    expect(btc.tradingConfig).toMatchObject({
      minOrderSize: "0.0001",
      minPriceChange: "1",
      maxNumOrders: "200",
    });
    expect(btc.marketStats.markPrice).toBe("100000");
    const filtered = await api(rig, "GET", "/info/markets?market=ETH-USD");
    expect(filtered.json.data.map((m: Wire) => m.name)).toEqual(["ETH-USD"]);
  });

  it("serves stats, and NOT_FOUND for an unknown market", async () => {
    const stats = await api(rig, "GET", "/info/markets/BTC-USD/stats");
    expect(stats.json.data).toMatchObject({ markPrice: "100000", bidPrice: "99999", askPrice: "100001" });
    const missing = await api(rig, "GET", "/info/markets/DOGE-USD/stats");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      status: "ERROR",
      error: { code: "NOT_FOUND", message: "Market not found" },
    });
  });

  it("serves the order book with long field names, best first", async () => {
    const { json } = await api(rig, "GET", "/info/markets/BTC-USD/orderbook");
    expect(json.data.market).toBe("BTC-USD");
    expect(json.data.bid[0]).toEqual({ qty: "0.05", price: "99999" });
    expect(json.data.ask[0]).toEqual({ qty: "0.05", price: "100001" });
    expect(json.data.bid).toHaveLength(10);
  });

  it("serves the Starknet domain, assets and settings", async () => {
    expect((await api(rig, "GET", "/info/starknet")).json.data).toEqual({
      name: "Perpetuals",
      version: "v0",
      chainId: "SN_MAIN",
      revision: 1,
    });
    const assets = await api(rig, "GET", "/info/assets?asset=USD");
    expect(assets.json.data).toHaveLength(1);
    expect(assets.json.data[0]).toMatchObject({ starkexId: "0x1", starkexResolution: 1000000 });
    expect((await api(rig, "GET", "/info/settings")).json.data.starkExContractAddress).toMatch(/^0x/);
  });

  it("records hourly funding and mark candles as time passes", async () => {
    for (let i = 0; i < 3; i++) {
      rig.clock.advance(3_600_000);
      rig.sim.tick();
    }
    const funding = await api(
      rig,
      "GET",
      `/info/BTC-USD/funding?startTime=0&endTime=${START + 10 * 3_600_000}`,
    );
    expect(funding.json.data).toHaveLength(3);
    expect(funding.json.data[0]).toEqual({ m: "BTC-USD", T: START + 3 * 3_600_000, f: "0.0000125" });
    const candles = await api(rig, "GET", "/info/candles/BTC-USD/mark-prices?interval=PT1M&limit=10");
    expect(candles.json.data.length).toBeGreaterThanOrEqual(1);
    expect(candles.json.data[0].T).toBeGreaterThan(candles.json.data.at(-1).T - 1);
    expect(candles.json.data[0].v).toBeUndefined();
    const bad = await api(rig, "GET", "/info/candles/BTC-USD/trades?interval=PT7M&limit=10");
    expect(bad.json.error.code).toBe(1005);
    const oi = await api(
      rig,
      "GET",
      `/info/BTC-USD/open-interests?interval=P1H&startTime=0&endTime=${START * 2}`,
    );
    expect(oi.json.data.length).toBeGreaterThan(0);
    expect(oi.json.data[0]).toEqual({ t: expect.any(Number), i: "0.000000", I: "0" });
  });

  it("refuses requests without a User-Agent with 403", async () => {
    const response = await fetch(`${rig.http}/api/v1/info/markets`, { headers: { "user-agent": "" } });
    expect(response.status).toBe(403);
  });
});

describe("extended private REST", () => {
  it("requires a valid X-Api-Key (401), compared exactly", async () => {
    expect((await api(rig, "GET", "/user/balance")).status).toBe(401);
    expect((await api(rig, "GET", "/user/balance", { key: "nope" })).status).toBe(401);
    const wrongCase = await api(rig, "GET", "/user/balance", { key: KEY.toUpperCase() });
    expect(wrongCase.status).toBe(401);
    expect(wrongCase.json).toEqual({
      status: "ERROR",
      error: { code: "UNAUTHORIZED", message: "Unauthorized" },
    });
    expect(wrongCase.text).not.toContain(KEY.toUpperCase());
  });

  it("serves account info, sibling accounts and client info", async () => {
    const info = await api(rig, "GET", "/user/account/info", { key: KEY });
    expect(info.json.data).toMatchObject({
      accountId: 3004,
      l2Key: EXTENDED_TEST_ACCOUNT.starkPublicKey,
      l2Vault: EXTENDED_TEST_ACCOUNT.vault,
      status: "ACTIVE",
    });
    const accounts = await api(rig, "GET", "/user/accounts", { key: KEY });
    expect(accounts.json.data.map((a: Wire) => a.accountId)).toEqual([3004, 3005]);
    const client = await api(rig, "GET", "/user/client/info", { key: KEY });
    expect(client.json.data.starknetWalletAddress).toBe(EXTENDED_TEST_ACCOUNT.starknetWalletAddress);
  });

  it("serves the balance, and 404 once it is zero", async () => {
    const balance = await api(rig, "GET", "/user/balance", { key: KEY });
    expect(balance.json.data).toMatchObject({
      collateralName: "USD",
      balance: "100000.000000",
      equity: "100000.000000",
      availableForTrade: "100000.000000",
      unrealisedPnl: "0.000000",
    });
    rig.sim.state.engine.withdraw("3004", "100000");
    const empty = await api(rig, "GET", "/user/balance", { key: KEY });
    expect(empty.status).toBe(404);
    expect(empty.json.error.code).toBe("NOT_FOUND");
  });

  it("serves positions, orders, trades and funding as empty lists for a fresh account", async () => {
    for (const path of ["/user/positions", "/user/orders", "/user/orders/history", "/user/trades"]) {
      const result = await api(rig, "GET", path, { key: KEY });
      expect(result.status, path).toBe(200);
      expect(result.json.data, path).toEqual([]);
    }
    const funding = await api(rig, "GET", "/user/funding/history?startTime=0", { key: KEY });
    expect(funding.json.data).toEqual([]);
    expect((await api(rig, "GET", "/user/funding/history", { key: KEY })).status).toBe(400);
    expect((await api(rig, "GET", "/user/orders/123", { key: KEY })).status).toBe(404);
    expect((await api(rig, "GET", "/user/orders/external/none", { key: KEY })).status).toBe(404);
  });

  it("reads and updates leverage with Extended's codes", async () => {
    const initial = await api(rig, "GET", "/user/leverage?market=BTC-USD", { key: KEY });
    expect(initial.json.data).toEqual([{ market: "BTC-USD", leverage: "50" }]);
    const set = await api(rig, "PATCH", "/user/leverage", {
      key: KEY,
      body: { market: "BTC-USD", leverage: "10" },
    });
    expect(set.json).toEqual({ status: "OK", data: { market: "BTC-USD", leverage: "10" } });
    const tooHigh = await api(rig, "PATCH", "/user/leverage", {
      key: KEY,
      body: { market: "BTC-USD", leverage: "51" },
    });
    expect(tooHigh.json.error.code).toBe(1050);
    const tooLow = await api(rig, "PATCH", "/user/leverage", {
      key: KEY,
      body: { market: "BTC-USD", leverage: "0.5" },
    });
    expect(tooLow.json.error.code).toBe(1049);
    const unknown = await api(rig, "PATCH", "/user/leverage", {
      key: KEY,
      body: { market: "X-USD", leverage: "5" },
    });
    expect(unknown.json.error.code).toBe(1001);
  });

  it("serves fee rates", async () => {
    const fees = await api(rig, "GET", "/user/fees?market=BTC-USD", { key: KEY });
    expect(fees.json.data).toEqual([
      { market: "BTC-USD", makerFeeRate: "0", takerFeeRate: "0.00025", builderFeeRate: "0" },
    ]);
  });

  it("keeps the faucet testnet-only", async () => {
    expect((await api(rig, "POST", "/user/claim", { key: KEY, body: {} })).json.error.code).toBe(1009);
    await rig.close();
    rig = await startRig({ testnet: true });
    const claim = await api(rig, "POST", "/user/claim", { key: EXTENDED_TEST_SUBACCOUNT.apiKey, body: {} });
    expect(claim.json.data.id).toBe("1");
    const ops = await api(rig, "GET", "/user/assetOperations", { key: EXTENDED_TEST_SUBACCOUNT.apiKey });
    expect(ops.json.data[0]).toMatchObject({ type: "CLAIM", status: "COMPLETED", amount: "1000.000000" });
  });

  it("answers unknown paths with 404 and wrong methods with 405", async () => {
    expect((await api(rig, "GET", "/nope")).status).toBe(404);
    expect((await api(rig, "PUT", "/info/markets")).status).toBe(405);
    const response = await fetch(`${rig.http}/other`, { headers: { "user-agent": USER_AGENT } });
    expect(response.status).toBe(404);
  });
});
