import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { formatOnStep, stepOf, toFixedDecimals, toMarket } from "./markets.js";

const BTC = {
  symbol: "BTC-PERP",
  base: "BTC",
  quote: "USDC",
  sizeDecimals: 4,
  priceDecimals: 2,
  initMarginRatio: "0.02",
  maintMarginRatio: "0.01",
  takerFee: "0.0001",
  isolated: false,
};

describe("Vest markets", () => {
  it("maps exchangeInfo to core's Market: steps from decimals, leverage from the margin ratio", () => {
    expect(toMarket(BTC)).toMatchObject({
      symbol: "BTC-PERP",
      venueId: "BTC-PERP",
      quote: "USDC",
      settle: "USDC",
      tickSize: "0.01",
      stepSize: "0.0001",
      minSize: "0.0001",
      maxLeverage: 50,
      makerFee: "0.0001",
      takerFee: "0.0001",
      contractType: "perpetual",
      active: true,
    });
    expect(toMarket({ ...BTC, initMarginRatio: "0.0667" }).maxLeverage).toBe(14);
  });

  it("writes prices and sizes with exactly the market's decimals", () => {
    expect(stepOf(0)).toBe("1");
    expect(stepOf(3)).toBe("0.001");
    expect(toFixedDecimals("65000", 2)).toBe("65000.00");
    expect(toFixedDecimals("0.5", 0 + 4)).toBe("0.5000");
    expect(formatOnStep("0.01", 4, "size", "BTC-PERP")).toBe("0.0100");
    expect(formatOnStep("65000.1", 2, "price", "BTC-PERP")).toBe("65000.10");
    expect(formatOnStep("7", 0, "size", "X-PERP")).toBe("7");
  });

  it("refuses a value finer than the step instead of rounding it", () => {
    expect(() => formatOnStep("65000.005", 2, "price", "BTC-PERP")).toThrow(ValidationError);
    expect(() => formatOnStep("65000.005", 2, "price", "BTC-PERP")).toThrow("not a multiple of 0.01");
  });
});
