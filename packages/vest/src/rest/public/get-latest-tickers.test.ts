import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getLatestTickers } from "./get-latest-tickers.js";

describe("getLatestTickers", () => {
  const server = usePayloadServer();

  it("sends GET /ticker/latest and unwraps the tickers", async () => {
    server.on("GET /v2/ticker/latest", { body: payload("ticker-latest") });
    const tickers = await getLatestTickers(testClient(server), { symbols: ["BTC-PERP"] });
    const request = server.single();
    expect(request.method).toBe("GET");
    expect(request.query).toEqual({ symbols: "BTC-PERP" });
    expect(tickers).toEqual([
      {
        symbol: "BTC-PERP",
        markPrice: "34000.1",
        indexPrice: "34000",
        imbalance: "123.12",
        oneHrFundingRate: "0.0001",
        cumFunding: "1.23",
        status: "TRADING",
      },
    ]);
  });
});
