import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  get,
  type LighterRig,
  type Row,
  sendTx,
  signerFor,
  startLighter,
} from "./__fixtures__/lighter-client.js";
import {
  LIGHTER_TEST_CREDENTIALS as ALICE,
  LIGHTER_COUNTERPARTY_CREDENTIALS as BOB,
  lighterTestCredentials,
} from "./credentials.js";

let rig: LighterRig;

beforeEach(async () => {
  rig = await startLighter();
});

afterEach(async () => {
  await rig.close();
});

/** Bob sells 0.1 ETH IOC into the maker's 2999.99 bid, so the market has a trade. */
async function trade(): Promise<void> {
  const signed = signerFor(rig, BOB).createOrder({
    MarketIndex: 0,
    ClientOrderIndex: 1,
    BaseAmount: 1000,
    Price: 299_000,
    IsAsk: 1,
    Type: 1,
    TimeInForce: 0,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: 0,
    Nonce: 0,
  });
  expect((await sendTx(rig, signed)).status).toBe(200);
}

describe("Lighter REST: market data", () => {
  it("serves status, order books and their details in Lighter's shapes", async () => {
    expect((await get(rig, "/")).body).toMatchObject({ status: 1, network_id: 304 });
    const books = await get(rig, "/api/v1/orderBooks");
    expect(books.body.code).toBe(200);
    expect(
      books.body.order_books.map((b: Row) => [
        b.market_id,
        b.symbol,
        b.supported_size_decimals,
        b.supported_price_decimals,
      ]),
    ).toEqual([
      [0, "ETH", 4, 2],
      [1, "BTC", 5, 1],
    ]);
    const details = await get(rig, "/api/v1/orderBookDetails", { market_id: 0 });
    expect(details.body.order_book_details[0]).toMatchObject({
      market_id: 0,
      size_decimals: 4,
      price_decimals: 2,
      min_base_amount: "0.0050",
      mark_price: "3000.00",
      default_initial_margin_fraction: 500,
      min_initial_margin_fraction: 200,
    });
    const bad = await get(rig, "/api/v1/orderBookDetails", { market_id: 77 });
    expect(bad).toMatchObject({ status: 400, body: { code: 21602 } });
  });

  it("lists resting orders per side, best first, matching the engine book", async () => {
    const res = await get(rig, "/api/v1/orderBookOrders", { market_id: 0, limit: 2 });
    const book = rig.sim.engine.book("ETH")!;
    expect(res.body.total_asks).toBe(book.asks.length);
    expect(res.body.asks.map((o: Row) => o.price)).toEqual(["3000.01", "3001.01"]);
    expect(res.body.bids.map((o: Row) => o.price)).toEqual(["2999.99", "2998.99"]);
    expect(res.body.asks[0]).toMatchObject({
      remaining_base_amount: "0.5000",
      owner_account_index: 281474976624800,
    });
    expect((await get(rig, "/api/v1/orderBookOrders", { market_id: 0 })).body.code).toBe(20001);
  });

  it("serves recent trades, trades, candles, exchange stats, funding rates and height after a trade", async () => {
    await trade();
    const recent = await get(rig, "/api/v1/recentTrades", { market_id: 0, limit: 10 });
    expect(recent.body.trades).toHaveLength(1);
    expect(recent.body.trades[0]).toMatchObject({
      price: "2999.99",
      size: "0.1000",
      is_maker_ask: false,
      usd_amount: "299.999000",
    });
    const all = await get(rig, "/api/v1/trades", { sort_by: "trade_id", limit: 10, market_id: 0 });
    expect(all.body.trades).toEqual(recent.body.trades);
    const now = rig.sim.clock.now();
    const candles = await get(rig, "/api/v1/candles", {
      market_id: 0,
      resolution: "1m",
      start_timestamp: now - 60_000,
      end_timestamp: now + 60_000,
      count_back: 10,
    });
    expect(candles.body).toMatchObject({ code: 200, r: "1m", c: [{ o: 2999.99, c: 2999.99, v: 0.1 }] });
    const stats = await get(rig, "/api/v1/exchangeStats");
    expect(stats.body.order_book_stats[0]).toMatchObject({
      symbol: "ETH",
      daily_trades_count: 1,
      last_trade_price: 2999.99,
    });
    const rates = await get(rig, "/api/v1/funding-rates");
    expect(rates.body.funding_rates[0]).toMatchObject({ market_id: 0, exchange: "lighter", rate: 0.0000125 });
    expect((await get(rig, "/api/v1/currentHeight")).body.height).toBe(2);
  });

  it("records hourly funding and pays it to open positions", async () => {
    await trade();
    rig.sim.clock.advance(3_600_000);
    rig.sim.tick();
    const now = rig.sim.clock.now();
    const fundings = await get(rig, "/api/v1/fundings", {
      market_id: 0,
      resolution: "1h",
      start_timestamp: now - 7_200_000,
      end_timestamp: now,
      count_back: 5,
    });
    expect(fundings.body.fundings).toHaveLength(1);
    expect(fundings.body.fundings[0]).toMatchObject({ rate: "0.0000125", direction: "long" });
    const token = signerFor(rig, BOB).createAuthToken().token;
    const paid = await get(
      rig,
      "/api/v1/positionFunding",
      { account_index: BOB.accountIndex, limit: 10 },
      token,
    );
    expect(paid.body.position_fundings[0]).toMatchObject({ market_id: 0, position_side: "short" });
  });
});

describe("Lighter REST: accounts and auth", () => {
  it("finds accounts by index and L1 address and reports API keys and nonces", async () => {
    const byIndex = await get(rig, "/api/v1/account", { by: "index", value: ALICE.accountIndex });
    expect(byIndex.body).toMatchObject({ code: 200, total: 1 });
    expect(byIndex.body.accounts[0]).toMatchObject({
      index: 281,
      l1_address: ALICE.l1Address,
      collateral: "100000.000000",
      assets: [{ symbol: "USDC", asset_id: 3, balance: "100000.000000" }],
    });
    const byAddress = await get(rig, "/api/v1/accountsByL1Address", { l1_address: ALICE.l1Address });
    expect(byAddress.body.sub_accounts.map((a: Row) => a.index)).toEqual([281]);
    const keys = await get(rig, "/api/v1/apikeys", { account_index: ALICE.accountIndex, api_key_index: 255 });
    expect(keys.body.api_keys).toEqual([
      expect.objectContaining({ api_key_index: 4, nonce: 0, public_key: ALICE.apiPublicKey }),
    ]);
    const missing = await get(rig, "/api/v1/account", { by: "index", value: 424242 });
    expect(missing).toMatchObject({ status: 400, body: { code: 29404 } });
    expect(
      (await get(rig, "/api/v1/nextNonce", { account_index: ALICE.accountIndex, api_key_index: 9 })).body
        .code,
    ).toBe(21109);
  });

  it("requires a valid, current auth token for the account on private reads", async () => {
    const path = "/api/v1/accountActiveOrders";
    const query = { account_index: ALICE.accountIndex };
    const signer = signerFor(rig);
    expect(await get(rig, path, query)).toMatchObject({ status: 401, body: { code: 20013 } });
    expect((await get(rig, path, query, "Bearer nope")).body.code).toBe(20013);
    const bob = signerFor(rig, BOB).createAuthToken().token;
    expect((await get(rig, path, query, bob)).status).toBe(401);
    const nowSeconds = Math.floor(rig.sim.clock.now() / 1000);
    const expired = signer.createAuthToken({ deadlineSeconds: nowSeconds - 1 }).token;
    expect((await get(rig, path, query, expired)).body).toEqual({ code: 20013, message: "expired token" });
    const early = signer.createAuthToken({ deadlineSeconds: nowSeconds + 9 * 3600 }).token;
    expect((await get(rig, path, query, early)).body).toEqual({ code: 20013, message: "invalid deadline" });
    const forged = signerFor(rig, lighterTestCredentials("mallory", ALICE.accountIndex, 4)).createAuthToken()
      .token;
    expect((await get(rig, path, query, forged)).status).toBe(401);
    const good = signer.createAuthToken().token;
    expect(await get(rig, path, query, good)).toMatchObject({ status: 200, body: { code: 200, orders: [] } });
    expect((await get(rig, path, { ...query, auth: good })).status).toBe(200);
  });

  it("never echoes the token or any key in an auth error", async () => {
    const token = signerFor(rig).createAuthToken({ deadlineSeconds: 1 }).token;
    const res = await get(
      rig,
      "/api/v1/accountTxs",
      { by: "account_index", value: ALICE.accountIndex, limit: 5 },
      token,
    );
    expect(res.status).toBe(401);
    expect(res.text).not.toContain(token.slice(-40));
    expect(res.text).not.toContain(ALICE.apiPrivateKey.slice(2, 30));
  });

  it("answers a harness-injected 429 with Lighter's 23000 body", async () => {
    await rig.harness.faults.rateLimit("lighter", { count: 1 });
    const res = await get(rig, "/api/v1/orderBooks");
    expect(res).toMatchObject({ status: 429, body: { code: 23000, message: "Too Many Requests!" } });
    expect((await get(rig, "/api/v1/orderBooks")).status).toBe(200);
  });
});
