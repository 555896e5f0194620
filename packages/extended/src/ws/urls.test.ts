import { describe, expect, it } from "vitest";
import { StreamUrls } from "./urls.js";

describe("StreamUrls", () => {
  const mainnet = new StreamUrls("mainnet", undefined);

  it("lays out one path per stream under the v1 base", () => {
    const base = "wss://api.starknet.extended.exchange/stream.extended.exchange/v1";
    expect(mainnet.orderBook("BTC-USD", "full").url).toBe(`${base}/orderbooks/BTC-USD`);
    expect(mainnet.orderBook("BTC-USD", 1).url).toBe(`${base}/orderbooks/BTC-USD?depth=1`);
    expect(mainnet.trades(undefined).url).toBe(`${base}/publicTrades`);
    expect(mainnet.funding("ETH-USD").url).toBe(`${base}/funding/ETH-USD`);
    expect(mainnet.candles("BTC-USD", "mark-prices", "PT5M").url).toBe(
      `${base}/candles/BTC-USD/mark-prices?interval=PT5M`,
    );
    expect(mainnet.prices("index", "BTC-USD").url).toBe(`${base}/prices/index/BTC-USD`);
    expect(new StreamUrls("testnet", undefined).account("k", "header").url).toBe(
      "wss://api.starknet.sepolia.extended.exchange/stream.extended.exchange/v1/account",
    );
  });

  it("keeps a query-transport key out of the path", () => {
    const address = mainnet.account("secret-key", "query");
    expect(address.path).toBe("/account");
    expect(address.url).toMatch(/\/account\?X-API-KEY=secret-key$/);
  });

  it("rejects bad input before connecting", () => {
    expect(() => mainnet.orderBook(" ", "full")).toThrow(/market must be a non-empty string/);
    expect(() => mainnet.candles("BTC-USD", "trades", "PT3M" as never)).toThrow(/interval must be one of/);
    expect(() => new StreamUrls("mainnet", "https://example.com")).toThrow(/ws:\/\//);
  });
});
