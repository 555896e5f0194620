import { readFileSync } from "node:fs";
import { parseJson } from "@perp/core";
import { describe, expect, it } from "vitest";
import { market as marketSchema, marketStats } from "../schemas/market.js";
import { fundingFromStats, mergeStreamFunding, toMarket } from "./market-map.js";

function payload(name: string): { data: unknown } {
  const text = readFileSync(new URL(`../../test/payloads/${name}`, import.meta.url), "utf8");
  return parseJson(text, { numbersAsStrings: true }) as { data: unknown };
}

const [btc] = (payload("markets.json").data as unknown[]).map((m) => marketSchema.parse(m));
if (btc === undefined) throw new Error("fixture has no market");

describe("toMarket", () => {
  it("maps trading rules, precisions and status from GET /info/markets", () => {
    const market = toMarket(btc);
    expect(market).toMatchObject({
      symbol: "BTC-USD",
      venueId: "BTC-USD",
      base: "BTC",
      quote: "USD",
      settle: "USD",
      contractType: "perpetual",
      status: "active",
      active: true,
      tickSize: "1",
      stepSize: "0.00001",
      minSize: "0.0001",
      maxLeverage: 50,
      priceDecimals: 0,
      sizeDecimals: 5,
      makerFee: undefined,
      expiry: undefined,
    });
    expect((market.info as { someFutureField: unknown }).someFutureField).toEqual({ x: "1" });
  });

  it("maps every venue status, and an ACTIVE market flagged inactive is paused", () => {
    expect(toMarket({ ...btc, status: "REDUCE_ONLY" }).status).toBe("reduce-only");
    expect(toMarket({ ...btc, status: "DELISTED" }).status).toBe("delisted");
    expect(toMarket({ ...btc, status: "PRELISTED" })).toMatchObject({ status: "paused", active: false });
    expect(toMarket({ ...btc, status: "UNKNOWN" }).status).toBe("paused");
    expect(toMarket({ ...btc, active: false }).status).toBe("paused");
  });
});

describe("funding", () => {
  const stats = marketStats.parse(payload("market-stats.json").data);

  it("reads the current 1 h rate, next payment and prices from market stats", () => {
    expect(fundingFromStats("BTC-USD", stats, 1_000)).toMatchObject({
      symbol: "BTC-USD",
      rate: "-0.0000125",
      intervalMs: 3_600_000,
      nextFundingTime: 1701563440000,
      markPrice: "39640.123",
      indexPrice: "39641.5",
      timestamp: 1_000,
    });
  });

  it("merges an applied rate from the stream, keeping the last known prices", () => {
    const previous = fundingFromStats("BTC-USD", stats, 1_000);
    const merged = mergeStreamFunding(previous, {
      symbol: "BTC-USD",
      rate: "0.00002",
      intervalMs: 3_600_000,
      nextFundingTime: undefined,
      markPrice: undefined,
      indexPrice: undefined,
      timestamp: 7_200_000,
      info: {},
    });
    expect(merged).toMatchObject({
      rate: "0.00002",
      timestamp: 7_200_000,
      nextFundingTime: 10_800_000,
      markPrice: "39640.123",
      indexPrice: "39641.5",
    });
  });
});
