import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payload, startServer, type TestServer } from "../../test/rest-server.js";
import { LighterRestClient } from "./client.js";

const TOKEN = `1785253129:12:4:${"ab".repeat(80)}`;

interface Case {
  name: string;
  method: "GET" | "POST";
  path: string;
  file: string;
  run: (client: LighterRestClient) => Promise<unknown>;
  query?: Record<string, string | string[]>;
  form?: Record<string, string>;
  auth?: boolean;
  check: (result: never) => void;
}

const CASES: Case[] = [
  {
    name: "getStatus",
    method: "GET",
    path: "/",
    file: "status",
    run: (c) => c.getStatus(),
    check: (r: { network_id: number; timestamp: number }) =>
      expect(r).toEqual({ status: 1, network_id: 304, timestamp: 1785022683 }),
  },
  {
    name: "getInfo",
    method: "GET",
    path: "/info",
    file: "info",
    run: (c) => c.getInfo(),
    check: (r: { contract_address: string }) =>
      expect(r.contract_address).toBe("0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7"),
  },
  {
    name: "getOrderBooks",
    method: "GET",
    path: "/api/v1/orderBooks",
    file: "orderBooks",
    run: (c) => c.getOrderBooks({ marketId: 0, filter: "perp" }),
    query: { market_id: "0", filter: "perp" },
    check: (r: { order_books: Record<string, unknown>[] }) => {
      expect(r.order_books[0]).toMatchObject({
        symbol: "ETH",
        min_base_amount: "0.005",
        supported_size_decimals: 4,
        order_quote_limit: "281474976.710655",
      });
      expect(r.order_books[0]).not.toHaveProperty("extra_future_field");
    },
  },
  {
    name: "getOrderBookDetails",
    method: "GET",
    path: "/api/v1/orderBookDetails",
    file: "orderBookDetails",
    run: (c) => c.getOrderBookDetails(),
    query: {},
    check: (r: {
      order_book_details: Record<string, unknown>[];
      spot_order_book_details: Record<string, unknown>[];
    }) => {
      expect(r.order_book_details[0]).toMatchObject({
        size_decimals: 4,
        price_decimals: 2,
        last_trade_price: "3327.46",
        open_interest: "93",
        daily_chart: { "1640995200": "3024.66" },
      });
      expect(r.order_book_details[0]?.market_config).toMatchObject({
        insurance_fund_account_index: 281474976710654,
      });
      expect(r.spot_order_book_details[0]).toMatchObject({ market_id: 2048, daily_chart: {} });
    },
  },
  {
    name: "getOrderBookOrders",
    method: "GET",
    path: "/api/v1/orderBookOrders",
    file: "orderBookOrders",
    run: (c) => c.getOrderBookOrders({ marketId: 0, limit: 250 }),
    query: { market_id: "0", limit: "250" },
    check: (r: { asks: { order_index: string; price: string }[] }) =>
      expect(r.asks[0]).toMatchObject({ order_index: "1152921504606846975", price: "1914.28" }),
  },
  {
    name: "getRecentTrades",
    method: "GET",
    path: "/api/v1/recentTrades",
    file: "recentTrades",
    run: (c) => c.getRecentTrades({ marketId: 0, limit: 100 }),
    query: { market_id: "0", limit: "100" },
    check: (r: { trades: Record<string, unknown>[] }) =>
      expect(r.trades[0]).toMatchObject({
        trade_id: "9007199254740993",
        ask_id: "1152921504606846975",
        is_maker_ask: true,
        taker_fee: 280,
      }),
  },
  {
    name: "getTrades",
    method: "GET",
    path: "/api/v1/trades",
    file: "trades",
    auth: true,
    run: (c) =>
      c.getTrades({
        sortBy: "timestamp",
        limit: 50,
        accountIndex: 12,
        orderIndex: 1152921504606846975n,
        role: "maker",
      }),
    query: {
      sort_by: "timestamp",
      limit: "50",
      account_index: "12",
      order_index: "1152921504606846975",
      role: "maker",
    },
    check: (r: { next_cursor: string }) => expect(r.next_cursor).toBe("eyJpZCI6OTl9"),
  },
  {
    name: "getCandles",
    method: "GET",
    path: "/api/v1/candles",
    file: "candles",
    run: (c) =>
      c.getCandles({
        marketId: 0,
        resolution: "1h",
        startTimestamp: 1785200000000,
        endTimestamp: 1785260000000,
        countBack: 10,
      }),
    query: {
      market_id: "0",
      resolution: "1h",
      start_timestamp: "1785200000000",
      end_timestamp: "1785260000000",
      count_back: "10",
    },
    check: (r: { c: Record<string, unknown>[] }) =>
      expect(r.c[0]).toMatchObject({
        t: 1785250800000,
        o: "3327.46",
        V: "4109876.123456",
        i: "9007199254740993",
      }),
  },
  {
    name: "getCandlesticks",
    method: "GET",
    path: "/api/v1/candlesticks",
    file: "candlesticks",
    run: (c) =>
      c.getCandlesticks({
        marketId: 1,
        resolution: "1w",
        startTimestamp: 0,
        endTimestamp: 1785260000000,
        countBack: 1,
        setTimestampToEnd: true,
      }),
    query: { market_id: "1", resolution: "1w", set_timestamp_to_end: "true" },
    check: (r: { candlesticks: Record<string, unknown>[] }) =>
      expect(r.candlesticks[0]).toMatchObject({ close: "3024.66", trade_count: 1503241 }),
  },
  {
    name: "getMarkPriceCandles",
    method: "GET",
    path: "/api/v1/markPriceCandles",
    file: "markPriceCandles",
    run: (c) =>
      c.getMarkPriceCandles({
        marketId: 0,
        resolution: "1h",
        startTimestamp: 1,
        endTimestamp: 2,
        countBack: 1,
      }),
    query: { resolution: "1h", count_back: "1" },
    check: (r: { c: Record<string, unknown>[] }) => expect(r.c[0]).toMatchObject({ h: "3339.9", sc: 3600 }),
  },
  {
    name: "getFundings",
    method: "GET",
    path: "/api/v1/fundings",
    file: "fundings",
    run: (c) =>
      c.getFundings({ marketId: 0, resolution: "1h", startTimestamp: 1, endTimestamp: 2, countBack: 24 }),
    query: { resolution: "1h", count_back: "24" },
    check: (r: { fundings: Record<string, unknown>[] }) =>
      expect(r.fundings[0]).toEqual({
        timestamp: 1785250800,
        value: "0.0012",
        rate: "0.0001",
        direction: "long",
      }),
  },
  {
    name: "getFundingRates",
    method: "GET",
    path: "/api/v1/funding-rates",
    file: "fundingRates",
    run: (c) => c.getFundingRates(),
    check: (r: { funding_rates: { rate: string }[] }) =>
      expect(r.funding_rates.map((f) => f.rate)).toEqual(["0.0000125", "-0.000015"]),
  },
  {
    name: "getExchangeStats",
    method: "GET",
    path: "/api/v1/exchangeStats",
    file: "exchangeStats",
    run: (c) => c.getExchangeStats(),
    check: (r: { daily_usd_volume: string; order_book_stats: unknown[] }) => {
      expect(r.daily_usd_volume).toBe("93566.25");
      expect(r.order_book_stats).toHaveLength(1);
    },
  },
  {
    name: "getAssetDetails",
    method: "GET",
    path: "/api/v1/assetDetails",
    file: "assetDetails",
    run: (c) => c.getAssetDetails({ assetId: 3 }),
    query: { asset_id: "3" },
    check: (r: { asset_details: Record<string, unknown>[] }) =>
      expect(r.asset_details[0]).toMatchObject({ symbol: "USDC", decimals: 6, min_withdrawal_amount: "1" }),
  },
  {
    name: "getCurrentHeight",
    method: "GET",
    path: "/api/v1/currentHeight",
    file: "currentHeight",
    run: (c) => c.getCurrentHeight(),
    check: (r: { height: number }) => expect(r.height).toBe(45434),
  },
  {
    name: "getSystemConfig",
    method: "GET",
    path: "/api/v1/systemConfig",
    file: "systemConfig",
    run: (c) => c.getSystemConfig(),
    check: (r: { liquidity_pool_index: number }) => expect(r.liquidity_pool_index).toBe(281474976710654),
  },
  {
    name: "getWithdrawalDelay",
    method: "GET",
    path: "/api/v1/withdrawalDelay",
    file: "withdrawalDelay",
    run: (c) => c.getWithdrawalDelay(),
    check: (r: unknown) => expect(r).toEqual({ seconds: 1805 }),
  },
  {
    name: "getAnnouncements",
    method: "GET",
    path: "/api/v1/announcement",
    file: "announcement",
    run: (c) => c.getAnnouncements(),
    check: (r: { announcements: { title: string }[] }) =>
      expect(r.announcements[0]?.title).toBe("Maintenance"),
  },
  {
    name: "getTokenList",
    method: "GET",
    path: "/api/v1/tokenlist",
    file: "tokenlist",
    run: (c) => c.getTokenList(),
    check: (r: { tokens: Record<string, unknown>[] }) =>
      expect(r.tokens[0]).toMatchObject({ symbol: "BTC", asset_type: "CRYPTO", categories: ["L1"] }),
  },
  {
    name: "getLayer1BasicInfo",
    method: "GET",
    path: "/api/v1/layer1BasicInfo",
    file: "layer1BasicInfo",
    run: (c) => c.getLayer1BasicInfo(),
    check: (r: { l1_providers: unknown[]; contract_addresses: { name: string }[] }) => {
      expect(r.l1_providers).toEqual([{ chainId: 1, networkId: 1, latestBlockNumber: 45434 }]);
      expect(r.contract_addresses[0]?.name).toBe("ZkLighterContract");
    },
  },
  {
    name: "getExchangeMetrics",
    method: "GET",
    path: "/api/v1/exchangeMetrics",
    file: "exchangeMetrics",
    run: (c) => c.getExchangeMetrics({ period: "d", kind: "volume" }),
    query: { period: "d", kind: "volume" },
    check: (r: { metrics: unknown[] }) =>
      expect(r.metrics).toEqual([{ timestamp: 1785250800000, data: "123456.789" }]),
  },
  {
    name: "getMarketPriceCharts",
    method: "GET",
    path: "/api/v1/marketPriceCharts",
    file: "marketPriceCharts",
    run: (c) => c.getMarketPriceCharts({ marketIds: [1, 2] }),
    query: { market_ids: ["1", "2"] },
    check: (r: { charts: unknown }) =>
      expect(r.charts).toEqual([{ market_id: "1", points: [["1785250800000", "3327.46"]] }]),
  },
  {
    name: "getRollingInfo",
    method: "GET",
    path: "/api/v1/rollingInfo",
    file: "rollingInfo",
    run: (c) => c.getRollingInfo({ query: { market_id: 0 } }),
    query: { market_id: "0" },
    check: (r: { volume_24h: unknown; code: number }) =>
      expect(r).toMatchObject({ code: 200, volume_24h: "93566.25" }),
  },
  {
    name: "getStockFinancials",
    method: "GET",
    path: "/api/v1/stockFinancials",
    file: "stockFinancials",
    run: (c) => c.getStockFinancials({ query: { symbol: "AAPL" } }),
    query: { symbol: "AAPL" },
    check: (r: { market_cap: unknown }) => expect(r.market_cap).toBe("3400000000000"),
  },
  {
    name: "getUpcomingEarnings",
    method: "GET",
    path: "/api/v1/upcomingEarnings",
    file: "upcomingEarnings",
    run: (c) => c.getUpcomingEarnings(),
    query: {},
    check: (r: { earnings: unknown }) => expect(r.earnings).toEqual([{ symbol: "AAPL", date: "2026-10-30" }]),
  },
  {
    name: "getAccount",
    method: "GET",
    path: "/api/v1/account",
    file: "account",
    run: (c) => c.getAccount({ by: "index", value: "12", activeOnly: true }),
    query: { by: "index", value: "12", active_only: "true" },
    check: (r: {
      accounts: {
        positions: Record<string, unknown>[];
        shares: Record<string, unknown>[];
        available_balance: string;
        pool_info: { daily_returns: unknown[] };
      }[];
      next_cursor: unknown;
    }) => {
      const a = r.accounts[0]!;
      expect(a.available_balance).toBe("19995.123456");
      expect(a.positions[0]).toMatchObject({
        sign: -1,
        position: "3.6956",
        unrealized_pnl: "17.521309",
        realized_pnl: "2",
      });
      expect(a.shares[0]).toMatchObject({ shares_amount: "9007199254740993" });
      expect(a.pool_info.daily_returns).toEqual([]);
      expect(r.next_cursor).toBeUndefined();
    },
  },
  {
    name: "getAccountsByL1Address",
    method: "GET",
    path: "/api/v1/accountsByL1Address",
    file: "accountsByL1Address",
    run: (c) => c.getAccountsByL1Address({ l1Address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" }),
    query: { l1_address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" },
    check: (r: { sub_accounts: { index: number }[] }) =>
      expect(r.sub_accounts.map((a) => a.index)).toEqual([12, 140737488355328]),
  },
  {
    name: "getApiKeys",
    method: "GET",
    path: "/api/v1/apikeys",
    file: "apikeys",
    run: (c) => c.getApiKeys({ accountIndex: 12, apiKeyIndex: 255 }),
    query: { account_index: "12", api_key_index: "255" },
    check: (r: { api_keys: Record<string, unknown>[] }) =>
      expect(r.api_keys[0]).toMatchObject({ api_key_index: 4, nonce: "9007199254740993" }),
  },
  {
    name: "getNextNonce",
    method: "GET",
    path: "/api/v1/nextNonce",
    file: "nextNonce",
    run: (c) => c.getNextNonce({ accountIndex: 12, apiKeyIndex: 4 }),
    query: { account_index: "12", api_key_index: "4" },
    check: (r: { nonce: string }) => expect(r.nonce).toBe("722"),
  },
  {
    name: "getAccountActiveOrders",
    method: "GET",
    path: "/api/v1/accountActiveOrders",
    file: "accountActiveOrders",
    auth: true,
    run: (c) => c.getAccountActiveOrders({ accountIndex: 12, marketId: 0 }),
    query: { account_index: "12", market_id: "0" },
    check: (r: { orders: Record<string, unknown>[] }) =>
      expect(r.orders[0]).toMatchObject({
        order_index: "1152921504606846975",
        client_order_index: "281474976710655",
        price: "4050",
        filled_base_amount: "0.06",
        status: "open",
        is_ask: false,
      }),
  },
  {
    name: "getAccountInactiveOrders",
    method: "GET",
    path: "/api/v1/accountInactiveOrders",
    file: "accountInactiveOrders",
    auth: true,
    run: (c) =>
      c.getAccountInactiveOrders({
        accountIndex: 12,
        limit: 100,
        askFilter: -1,
        betweenTimestamps: "1-2",
        cursor: "c1",
      }),
    query: { account_index: "12", limit: "100", ask_filter: "-1", between_timestamps: "1-2", cursor: "c1" },
    check: (r: { orders: { status: string }[]; next_cursor: string }) => {
      expect(r.orders[0]?.status).toBe("canceled-post-only");
      expect(r.next_cursor).toBe("c2");
    },
  },
  {
    name: "getAccountOrders",
    method: "GET",
    path: "/api/v1/accountOrders",
    file: "accountOrders",
    auth: true,
    run: (c) => c.getAccountOrders({ accountIndex: 12, clientOrderIndexes: [7n, "281474976710655"] }),
    query: { account_index: "12", client_order_indexes: ["7", "281474976710655"] },
    check: (r: { orders: unknown[] }) => expect(r.orders).toHaveLength(1),
  },
  {
    name: "getAccountLimits",
    method: "GET",
    path: "/api/v1/accountLimits",
    file: "accountLimits",
    auth: true,
    run: (c) => c.getAccountLimits({ accountIndex: 12 }),
    query: { account_index: "12" },
    check: (r: Record<string, unknown>) =>
      expect(r).toMatchObject({
        user_tier: "premium",
        current_taker_fee_tick: 280,
        effective_lit_stakes: "1000.5",
      }),
  },
  {
    name: "getAccountMetadata",
    method: "GET",
    path: "/api/v1/accountMetadata",
    file: "accountMetadata",
    auth: true,
    run: (c) => c.getAccountMetadata({ by: "index", value: "12" }),
    query: { by: "index", value: "12" },
    check: (r: { account_metadatas: Record<string, unknown>[] }) =>
      expect(r.account_metadatas[0]).toMatchObject({ name: "desk", referral_points_percentage: "0.1" }),
  },
  {
    name: "getAccountTxs",
    method: "GET",
    path: "/api/v1/accountTxs",
    file: "accountTxs",
    auth: true,
    run: (c) => c.getAccountTxs({ accountIndex: 12, limit: 10, types: [14, 15] }),
    query: { by: "account_index", value: "12", limit: "10", types: ["14", "15"] },
    check: (r: { txs: Record<string, unknown>[] }) =>
      expect(r.txs[0]).toMatchObject({
        type: 14,
        status: 3,
        sequence_index: "9007199254740993",
        info: '{"AccountIndex":12,"Nonce":722}',
      }),
  },
  {
    name: "getPnl",
    method: "GET",
    path: "/api/v1/pnl",
    file: "pnl",
    auth: true,
    run: (c) =>
      c.getPnl({
        accountIndex: 12,
        resolution: "1h",
        startTimestamp: 1,
        endTimestamp: 2,
        countBack: 3,
        ignoreTransfers: false,
      }),
    query: { by: "index", value: "12", resolution: "1h", ignore_transfers: "false" },
    check: (r: { pnl: Record<string, unknown>[] }) =>
      expect(r.pnl[0]).toMatchObject({ trade_pnl: "12.5", inflow: "0" }),
  },
  {
    name: "getPositionFunding",
    method: "GET",
    path: "/api/v1/positionFunding",
    file: "positionFunding",
    auth: true,
    run: (c) => c.getPositionFunding({ accountIndex: 12, limit: 100, marketIds: [0, 1], side: "short" }),
    query: { account_index: "12", limit: "100", market_ids: ["0", "1"], side: "short" },
    check: (r: { position_fundings: Record<string, unknown>[] }) =>
      expect(r.position_fundings[0]).toMatchObject({
        funding_id: "9007199254740993",
        change: "-0.041234",
        position_side: "short",
      }),
  },
  {
    name: "getLiquidations",
    method: "GET",
    path: "/api/v1/liquidations",
    file: "liquidations",
    auth: true,
    run: (c) => c.getLiquidations({ accountIndex: 12, limit: 10 }),
    query: { account_index: "12", limit: "10" },
    check: (r: {
      liquidations: {
        id: string;
        info: { mark_prices: unknown; risk_info_after: { isolated_risk_parameters: unknown[] } };
      }[];
    }) => {
      expect(r.liquidations[0]?.id).toBe("9007199254740993");
      expect(r.liquidations[0]?.info.mark_prices).toEqual({ "0": "3924.66" });
      expect(r.liquidations[0]?.info.risk_info_after.isolated_risk_parameters).toEqual([]);
    },
  },
  {
    name: "getTransferFeeInfo",
    method: "GET",
    path: "/api/v1/transferFeeInfo",
    file: "transferFeeInfo",
    auth: true,
    run: (c) => c.getTransferFeeInfo({ accountIndex: 12, toAccountIndex: -1 }),
    query: { account_index: "12", to_account_index: "-1" },
    check: (r: { transfer_fee_usdc: string }) => expect(r.transfer_fee_usdc).toBe("1000000"),
  },
  {
    name: "getDepositHistory",
    method: "GET",
    path: "/api/v1/deposit/history",
    file: "depositHistory",
    auth: true,
    run: (c) =>
      c.getDepositHistory({
        accountIndex: 12,
        l1Address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        filter: "all",
      }),
    query: { account_index: "12", filter: "all" },
    check: (r: { deposits: { amount: string }[]; cursor: string }) => {
      expect(r.deposits[0]?.amount).toBe("250");
      expect(r.cursor).toBe("dc2");
    },
  },
  {
    name: "getWithdrawHistory",
    method: "GET",
    path: "/api/v1/withdraw/history",
    file: "withdrawHistory",
    auth: true,
    run: (c) => c.getWithdrawHistory({ accountIndex: 12 }),
    query: { account_index: "12" },
    check: (r: { withdraws: Record<string, unknown>[] }) =>
      expect(r.withdraws[0]).toMatchObject({ amount: "100.5", status: "claimable", type: "secure" }),
  },
  {
    name: "getTransferHistory",
    method: "GET",
    path: "/api/v1/transfer/history",
    file: "transferHistory",
    auth: true,
    run: (c) => c.getTransferHistory({ accountIndex: 12, cursor: "t0" }),
    query: { account_index: "12", cursor: "t0" },
    check: (r: { transfers: Record<string, unknown>[]; cursor: unknown }) => {
      expect(r.transfers[0]).toMatchObject({
        type: "L2TransferOutflow",
        to_account_index: 140737488355328,
        amount: "10",
      });
      expect(r.cursor).toBeUndefined();
    },
  },
  {
    name: "exportData",
    method: "GET",
    path: "/api/v1/export",
    file: "export",
    auth: true,
    run: (c) => c.exportData({ type: "funding", accountIndex: 12 }),
    query: { type: "funding", account_index: "12" },
    check: (r: { data_url: string }) => expect(r.data_url).toBe("https://exports.example/funding-12.csv"),
  },
  {
    name: "getPublicPoolsMetadata",
    method: "GET",
    path: "/api/v1/publicPoolsMetadata",
    file: "publicPoolsMetadata",
    auth: true,
    run: (c) => c.getPublicPoolsMetadata({ index: 0, limit: 10, filter: "protocol" }),
    query: { index: "0", limit: "10", filter: "protocol" },
    check: (r: { public_pools: Record<string, unknown>[] }) =>
      expect(r.public_pools[0]).toMatchObject({
        name: "LLP",
        total_shares: "100000",
        annual_percentage_yield: "20.5",
      }),
  },
  {
    name: "changeAccountTier",
    method: "POST",
    path: "/api/v1/changeAccountTier",
    file: "changeAccountTier",
    auth: true,
    run: (c) => c.changeAccountTier({ accountIndex: 12, newTier: "premium" }),
    form: { account_index: "12", new_tier: "premium" },
    check: (r: unknown) => expect(r).toEqual({ code: 200, message: "ok" }),
  },
  {
    name: "getMakerOnlyApiKeys",
    method: "GET",
    path: "/api/v1/getMakerOnlyApiKeys",
    file: "getMakerOnlyApiKeys",
    auth: true,
    run: (c) => c.getMakerOnlyApiKeys({ accountIndex: 12 }),
    query: { account_index: "12" },
    check: (r: { api_key_indexes: number[] }) => expect(r.api_key_indexes).toEqual([4, 5]),
  },
  {
    name: "setMakerOnlyApiKeys",
    method: "POST",
    path: "/api/v1/setMakerOnlyApiKeys",
    file: "setMakerOnlyApiKeys",
    auth: true,
    run: (c) => c.setMakerOnlyApiKeys({ accountIndex: 12, apiKeyIndexes: [4, 5] }),
    form: { account_index: "12", api_key_indexes: "[4,5]" },
    check: (r: { code: number }) => expect(r.code).toBe(200),
  },
  {
    name: "getApiTokens",
    method: "GET",
    path: "/api/v1/tokens",
    file: "tokens",
    auth: true,
    run: (c) => c.getApiTokens({ accountIndex: 12 }),
    query: { account_index: "12" },
    check: (r: { api_tokens: Record<string, unknown>[] }) =>
      expect(r.api_tokens[0]).toMatchObject({ token_id: "7", scopes: "read.*", expiry: 1816558683 }),
  },
  {
    name: "createApiToken",
    method: "POST",
    path: "/api/v1/tokens/create",
    file: "tokensCreate",
    auth: true,
    run: (c) =>
      c.createApiToken(
        { accountIndex: 12, name: "reader", expiry: 1816558683, scopes: "read.*" },
        { nowMs: 1785022683000 },
      ),
    form: { account_index: "12", name: "reader", expiry: "1816558683", scopes: "read.*" },
    check: (r: { api_token: string; token_id: string }) => {
      expect(r.api_token).toBe("ro:12:single:1816558683:8f2e4c1d9a7b6e5f");
      expect(r.token_id).toBe("8");
    },
  },
  {
    name: "revokeApiToken",
    method: "POST",
    path: "/api/v1/tokens/revoke",
    file: "tokensRevoke",
    auth: true,
    run: (c) => c.revokeApiToken({ accountIndex: 12, tokenId: 8 }),
    form: { account_index: "12", token_id: "8" },
    check: (r: unknown) => expect(r).toEqual({ code: 200, token_id: "8", revoked: true }),
  },
  {
    name: "sendTx",
    method: "POST",
    path: "/api/v1/sendTx",
    file: "sendTx",
    run: (c) => c.sendTx({ txType: 14, txInfo: '{"AccountIndex":12,"Nonce":722}', priceProtection: false }),
    form: { tx_type: "14", tx_info: '{"AccountIndex":12,"Nonce":722}', price_protection: "false" },
    check: (r: { tx_hash: string; volume_quota_remaining: string }) => {
      expect(r.tx_hash).toBe("4891376b9db197260c1968749f410c61");
      expect(r.volume_quota_remaining).toBe("9007199254740993");
    },
  },
  {
    name: "sendTxBatch",
    method: "POST",
    path: "/api/v1/sendTxBatch",
    file: "sendTxBatch",
    run: (c) =>
      c.sendTxBatch({
        txs: [
          { txType: 14, txInfo: '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":722}' },
          { txType: 15, txInfo: '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":723}' },
        ],
      }),
    form: {
      tx_types: "[14,15]",
      tx_infos: JSON.stringify([
        '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":722}',
        '{"AccountIndex":12,"ApiKeyIndex":4,"Nonce":723}',
      ]),
    },
    check: (r: { tx_hash: string[] }) => expect(r.tx_hash).toEqual(["aa01", "aa02"]),
  },
  {
    name: "getTx",
    method: "GET",
    path: "/api/v1/tx",
    file: "tx",
    run: (c) => c.getTx({ by: "hash", value: "0b6f6c2e9d" }),
    query: { by: "hash", value: "0b6f6c2e9d" },
    check: (r: Record<string, unknown>) =>
      expect(r).toMatchObject({
        hash: "0b6f6c2e9d",
        verified_at: 1785252600000,
        nonce: "722",
        transaction_time: 1785252530119936,
      }),
  },
  {
    name: "getTxFromL1TxHash",
    method: "GET",
    path: "/api/v1/txFromL1TxHash",
    file: "txFromL1TxHash",
    run: (c) => c.getTxFromL1TxHash({ hash: "0xabc123" }),
    query: { hash: "0xabc123" },
    check: (r: { type: number }) => expect(r.type).toBe(14),
  },
  {
    name: "getTxs",
    method: "GET",
    path: "/api/v1/txs",
    file: "txs",
    run: (c) => c.getTxs({ limit: 1, index: 9007199254740993n }),
    query: { limit: "1", index: "9007199254740993" },
    check: (r: { txs: unknown[] }) => expect(r.txs).toHaveLength(1),
  },
  {
    name: "getBlock",
    method: "GET",
    path: "/api/v1/block",
    file: "block",
    run: (c) => c.getBlock({ by: "height", value: "45434" }),
    query: { by: "height", value: "45434" },
    check: (r: { blocks: { height: number; txs: unknown[] }[] }) => {
      expect(r.blocks[0]?.height).toBe(45434);
      expect(r.blocks[0]?.txs).toHaveLength(1);
    },
  },
  {
    name: "getBlocks",
    method: "GET",
    path: "/api/v1/blocks",
    file: "blocks",
    run: (c) => c.getBlocks({ limit: 5, sort: "desc" }),
    query: { limit: "5", sort: "desc" },
    check: (r: { total: number }) => expect(r.total).toBe(1),
  },
  {
    name: "getBlockTxs",
    method: "GET",
    path: "/api/v1/blockTxs",
    file: "blockTxs",
    run: (c) => c.getBlockTxs({ by: "block_height", value: "45434" }),
    query: { by: "block_height", value: "45434" },
    check: (r: { txs: unknown[] }) => expect(r.txs).toHaveLength(1),
  },
];

let server: TestServer;
let client: LighterRestClient;

beforeAll(async () => {
  server = await startServer(
    Object.fromEntries(CASES.map((c) => [`${c.method} ${c.path}`, { body: payload(c.file) }])),
  );
  client = new LighterRestClient({ restUrl: server.url, authToken: TOKEN, retry: false });
});
afterAll(() => server.close());

describe("every Lighter REST endpoint against a recorded payload", () => {
  it("covers 58 distinct endpoints", () => {
    expect(new Set(CASES.map((c) => `${c.method} ${c.path}`)).size).toBe(58);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const before = server.requests.length;
    const result = await c.run(client);
    expect(server.requests.length).toBe(before + 1);
    const req = server.requests[before]!;
    expect(req.method).toBe(c.method);
    expect(req.path).toBe(c.path);
    for (const [key, value] of Object.entries(c.query ?? {})) {
      expect(req.query.getAll(key)).toEqual(Array.isArray(value) ? value : [value]);
    }
    if (c.method === "POST") {
      expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      const form = new URLSearchParams(req.body);
      expect(Object.fromEntries(form)).toEqual(c.form);
    }
    if (c.auth === true) expect(req.headers.authorization).toBe(TOKEN);
    else expect(req.headers.authorization).toBeUndefined();
    c.check(result as never);
  });
});
