import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getKlines } from "./get-klines.js";

describe("getKlines", () => {
  const server = usePayloadServer();

  it("sends GET /klines and returns rows as objects, deduplicated and sorted by open time", async () => {
    server.on("GET /v2/klines", { body: payload("klines") });
    const rows = await getKlines(testClient(server), { symbol: "DOGE-PERP", interval: "1m", limit: 3 });
    expect(server.single().query).toEqual({ symbol: "DOGE-PERP", interval: "1m", limit: "3" });
    expect(rows).toEqual([
      {
        openTime: 1725315060174,
        open: "0.0988",
        high: "0.0989",
        low: "0.0987",
        close: "0.098837",
        closeTime: 1725315119999,
        volume: "15000",
        quoteVolume: "1482.5",
        numTrades: 21,
      },
      {
        openTime: 1725315120174,
        open: "0.098837",
        high: "0.098837",
        low: "0.098769",
        close: "0.098769",
        closeTime: 1725315151174,
        volume: "20000",
        quoteVolume: "10000",
        numTrades: 34,
      },
    ]);
  });
});
