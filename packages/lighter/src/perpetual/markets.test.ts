import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { directory, eth } from "./__fixtures__/markets.js";
import { initialMarginFraction } from "./markets.js";

describe("Lighter markets", () => {
  it("maps orderBookDetails to unified markets: steps from decimals, fees as fractions, leverage from margin", () => {
    const markets = directory();
    expect(eth().market).toMatchObject({
      symbol: "ETH",
      venueId: "0",
      quote: "USD",
      settle: "USDC",
      status: "active",
      active: true,
      tickSize: "0.01",
      stepSize: "0.0001",
      minSize: "0.005",
      minNotional: "10",
      maxLeverage: 50,
      priceDecimals: 2,
      sizeDecimals: 4,
      takerFee: "0.00028",
      makerFee: "0.00004",
    });
    const btc = markets.get("BTC");
    expect(btc.market).toMatchObject({
      status: "reduce-only",
      active: false,
      tickSize: "0.1",
      maxLeverage: 33,
    });
    expect(btc.market.takerFee).toBeUndefined();
    expect(markets.symbolOf(1)).toBe("BTC");
    expect(markets.symbolOf(7)).toBeUndefined();
    expect(markets.byId(0)?.scale).toEqual({ size_decimals: 4, price_decimals: 2 });
  });

  it("refuses unknown symbols with the known ones listed", () => {
    expect(() => directory().get("DOGE")).toThrow(/unknown Lighter market "DOGE"; known: ETH, BTC/);
    expect(() => directory().get("DOGE")).toThrow(ValidationError);
  });

  it("turns leverage into an initial margin fraction within the market's limit", () => {
    expect(initialMarginFraction(eth(), 10)).toBe(1000);
    expect(initialMarginFraction(eth(), 50)).toBe(200);
    expect(initialMarginFraction(eth(), 3)).toBe(3333);
    expect(() => initialMarginFraction(eth(), 51)).toThrow(/outside 1..50 for ETH/);
    expect(() => initialMarginFraction(eth(), 0.5)).toThrow(ValidationError);
  });
});
