import type { FundingRate, PerpError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReplayServer, until } from "../../test/frames/replay-server.js";
import type { LighterMarketStats, LighterTrade } from "./messages/market.js";
import { LighterStreams } from "./streams.js";

const STATS = {
  market_id: 0,
  index_price: "3335.04",
  mark_price: "3335.09",
  open_interest: "235.25",
  last_trade_price: "3335.65",
  current_funding_rate: "0.0057",
  funding_rate: "0.0005",
  funding_timestamp: 1722337200000,
  daily_base_token_volume: 230206.48999999944,
  daily_quote_token_volume: 765295250.9804002,
  daily_price_low: 3265.13,
  daily_price_high: 3386.01,
  daily_price_change: -1.1562612047992835,
};
const TRADE = {
  trade_id: 14035051,
  tx_hash: "189068ebc6b5c7e5efda96f92842a2fafd280990692e56899a98de8c4a12a38c",
  type: "trade",
  market_id: 0,
  size: "0.1187",
  price: "3335.65",
  usd_amount: "13.67",
  ask_id: 41720126,
  bid_id: 41720037,
  ask_account_id: 2304,
  bid_account_id: 21504,
  is_maker_ask: false,
  block_height: 2204468,
  timestamp: 1722339648,
};

let server: ReplayServer;
let streams: LighterStreams;

beforeEach(async () => {
  server = await ReplayServer.start();
  server.onSubscribe = (frame) => {
    const channel = String(frame.channel);
    const echo = channel.replace("/", ":");
    if (channel.startsWith("trade/")) server.send({ type: "subscribed/trade", channel: echo, trades: [] });
    if (channel.startsWith("market_stats/"))
      server.send({ type: "subscribed/market_stats", channel: echo, market_stats: STATS });
    if (channel.startsWith("ticker/"))
      server.send({
        type: "subscribed/ticker",
        channel: echo,
        ticker: { s: "ETH", a: { price: "3335.70", size: "1.2" }, b: { price: "3335.60", size: "0.5" } },
      });
    if (channel === "height") server.send({ type: "subscribed/height", channel: "height", height: 2204468 });
  };
  streams = new LighterStreams({ url: server.url, reconnect: { initialDelayMs: 10 }, random: () => 0.5 });
});

afterEach(async () => {
  await streams.close();
  await server.close();
});

describe("LighterStreams market data", () => {
  it("delivers trades to a listener and skips an unreadable frame", async () => {
    const trades: LighterTrade[] = [];
    const errors: PerpError[] = [];
    streams.on("error", (error) => errors.push(error));
    const subscription = await streams.watchTrades(0, (trade) => trades.push(trade));
    server.send({ type: "update/trade", channel: "trade:0", trades: [{ ...TRADE, price: 3335.65 }] });
    server.send({ type: "update/trade", channel: "trade:0", trades: [TRADE] });
    await until(() => trades.length === 1);
    expect(errors).toHaveLength(1);
    expect(trades[0]).toMatchObject({
      id: "14035051",
      side: "sell",
      price: "3335.65",
      timestamp: 1722339648000,
    });
    await subscription.unsubscribe();
    await until(() => server.unsubscribes("trade/0").length === 1);
  });

  it("iterates market stats and funding, and reads the ticker", async () => {
    const stats = streams.watchMarketStats(0);
    const first = (await stats.next()).value as LighterMarketStats;
    expect(first).toMatchObject({
      markPrice: "3335.09",
      dailyLow: "3265.13",
      fundingTimestamp: 1722337200000,
    });
    await stats.return?.();
    const funding = streams.watchFunding(0, { symbol: "ETH" });
    const rate = (await funding.next()).value as FundingRate;
    expect(rate).toMatchObject({
      symbol: "ETH",
      rate: "0.000057",
      intervalMs: 3_600_000,
      markPrice: "3335.09",
    });
    await funding.return?.();
    const ticker = streams.watchTicker(0);
    expect((await ticker.next()).value).toMatchObject({
      bestBid: { price: "3335.60", size: "0.5" },
      bestAsk: { price: "3335.70", size: "1.2" },
    });
    await ticker.return?.();
    const height = streams.watchHeight();
    expect((await height.next()).value).toMatchObject({ height: 2204468n });
    await height.return?.();
  });

  it("shares one server subscription between two book watchers", async () => {
    server.onSubscribe = (frame) => {
      if (frame.channel === "order_book/1")
        server.send({
          type: "subscribed/order_book",
          channel: "order_book:1",
          order_book: {
            asks: [{ price: "2", size: "1" }],
            bids: [{ price: "1", size: "1" }],
            nonce: 5,
            begin_nonce: 0,
          },
        });
    };
    const a = streams.watchOrderBook(1);
    expect((await a.next()).value).toMatchObject({ sequence: "5" });
    const b = streams.watchOrderBook(1, { depth: 1 });
    expect((await b.next()).value).toMatchObject({ asks: [{ price: "2", size: "1" }] });
    await a.return?.();
    await b.return?.();
  });
});
