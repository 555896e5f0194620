import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { get24hTickers } from "./get-24h-tickers.js";

describe("get24hTickers", () => {
  const server = usePayloadServer();

  it("sends GET /ticker/24hr and keeps null price changes as null", async () => {
    server.on("GET /v2/ticker/24hr", { body: payload("ticker-24hr") });
    const [btc, sol] = await get24hTickers(testClient(server));
    expect(server.single()).toMatchObject({ method: "GET", query: {} });
    expect(btc).toEqual({
      symbol: "BTC-PERP",
      openPrice: "34000.1",
      closePrice: "33000.1",
      highPrice: "35000.1",
      lowPrice: "30000.1",
      quoteVolume: "900000.12",
      volume: "32.001",
      priceChange: "-94.999998",
      priceChangePercent: "-95.96",
      openTime: 1499783499040,
      closeTime: 1499869899040,
    });
    expect(sol?.priceChange).toBeNull();
    expect(sol?.priceChangePercent).toBeNull();
    expect(sol?.volume).toBe("0");
  });
});
