import type { Market } from "@perp/core";
import { describe, expect, it } from "vitest";
import { marketableBuyPrice, restingBuyPrice, smallestSize } from "./order-pricing.js";

function market(overrides: Partial<Market>): Market {
  return {
    symbol: "BTC",
    venueId: "1",
    base: "BTC",
    quote: "USD",
    settle: "USD",
    contractType: "perpetual",
    status: "active",
    active: true,
    tickSize: "0.1",
    stepSize: "0.00001",
    minSize: "0.0001",
    maxSize: undefined,
    minNotional: undefined,
    maxLeverage: undefined,
    priceDecimals: 1,
    sizeDecimals: 5,
    makerFee: undefined,
    takerFee: undefined,
    expiry: undefined,
    info: {},
    ...overrides,
  };
}

describe("order pricing", () => {
  it("rests 2 % under the best bid, rounded down to the tick", () => {
    expect(restingBuyPrice(market({ tickSize: "1" }), "100001")).toBe("98000");
    expect(restingBuyPrice(market({ tickSize: "0.01" }), "65001.27")).toBe("63701.24");
  });

  it("crosses the ask by 1 %, rounded up to the tick", () => {
    expect(marketableBuyPrice(market({ tickSize: "0.5" }), "100000.3")).toBe("101000.5");
  });

  it("uses the minimum size when there is no minimum notional", () => {
    expect(smallestSize(market({}), "100000")).toBe("0.0001");
  });

  it("raises the size to cover the minimum notional with 10 % headroom, on the step", () => {
    // 10 × 1.1 / 20000 = 0.00055
    expect(smallestSize(market({ minNotional: "10" }), "20000")).toBe("0.00055");
    // 10 × 1.1 / 30000 = 0.000366.. → up to 0.00037
    expect(smallestSize(market({ minNotional: "10" }), "30000")).toBe("0.00037");
    expect(smallestSize(market({ minNotional: "10", minSize: "0.001" }), "100000")).toBe("0.001");
  });
});
