import { type PlaceOrderRequest, parsePlaceOrderRequest, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { eth } from "./__fixtures__/markets.js";
import { type OrderFieldsContext, planCreateOrder, worstPrice } from "./order-fields.js";

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

function context(overrides: Partial<OrderFieldsContext> = {}): OrderFieldsContext {
  return {
    info: eth(),
    now: NOW,
    lifetimeMs: 28 * DAY,
    slippage: "0.05",
    bestBid: "2999.50",
    bestAsk: "3000.50",
    ...overrides,
  };
}

function plan(order: Partial<PlaceOrderRequest>, ctx = context()) {
  const request = parsePlaceOrderRequest({
    symbol: "ETH",
    side: "buy",
    type: "limit",
    size: "0.1",
    ...order,
  });
  return planCreateOrder(request, 7n, ctx);
}

describe("planCreateOrder", () => {
  it("a limit order without time in force rests as good-till-time with the configured lifetime", () => {
    expect(plan({ price: "2900.5" })).toEqual({
      price: "2900.5",
      fields: {
        MarketIndex: 0,
        ClientOrderIndex: 7n,
        BaseAmount: 1000n,
        Price: 290050n,
        IsAsk: 0,
        Type: 0,
        TimeInForce: 1,
        ReduceOnly: 0,
        TriggerPrice: 0n,
        OrderExpiry: BigInt(NOW + 28 * DAY),
      },
    });
  });

  it("post-only is TimeInForce 2 with an expiry; IOC is 0 without one; GTT takes expiresAt", () => {
    expect(plan({ price: "2900", postOnly: true }).fields).toMatchObject({
      TimeInForce: 2,
      OrderExpiry: BigInt(NOW + 28 * DAY),
    });
    expect(plan({ price: "2900", timeInForce: "post-only" }).fields.TimeInForce).toBe(2);
    expect(plan({ price: "2900", timeInForce: "IOC" }).fields).toMatchObject({
      TimeInForce: 0,
      OrderExpiry: 0n,
    });
    expect(plan({ price: "2900", timeInForce: "GTT", expiresAt: NOW + DAY }).fields).toMatchObject({
      TimeInForce: 1,
      OrderExpiry: BigInt(NOW + DAY),
    });
  });

  it("refuses expiries outside Lighter's 5 minute to 30 day window", () => {
    expect(() => plan({ price: "2900", timeInForce: "GTT", expiresAt: NOW + 60_000 })).toThrow(/5 minutes/);
    expect(() => plan({ price: "2900", timeInForce: "GTT", expiresAt: NOW + 31 * DAY })).toThrow(
      ValidationError,
    );
  });

  it("a market order is an IOC with the worst acceptable price through the book by the slippage", () => {
    const buy = plan({ type: "market" });
    expect(buy.price).toBe("3150.53"); // 3000.50 × 1.05 = 3150.525, rounded up
    expect(buy.fields).toMatchObject({ Type: 1, TimeInForce: 0, OrderExpiry: 0n, Price: 315053n });
    const sell = plan({ type: "market", side: "sell", reduceOnly: true });
    expect(sell.price).toBe("2849.52"); // 2999.50 × 0.95 = 2849.525, rounded down
    expect(sell.fields).toMatchObject({ IsAsk: 1, ReduceOnly: 1 });
    expect(plan({ type: "market", price: "3100" }).price).toBe("3100");
  });

  it("a market order without a book to price it from asks for a price", () => {
    expect(() => plan({ type: "market" }, context({ bestAsk: undefined }))).toThrow(/has no ask/);
  });

  it("trigger orders: stop-loss / take-profit types, trigger price scaled, always an expiry", () => {
    const stop = plan({ type: "market", side: "sell", triggerPrice: "2900", triggerDirection: "below" });
    expect(stop.fields).toMatchObject({ Type: 2, TimeInForce: 0, TriggerPrice: 290000n, Price: 275500n });
    expect(stop.fields.OrderExpiry).toBe(BigInt(NOW + 28 * DAY));
    const takeProfit = plan({ side: "sell", price: "3200", triggerPrice: "3200", triggerDirection: "above" });
    expect(takeProfit.fields).toMatchObject({ Type: 5, TimeInForce: 1, TriggerPrice: 320000n });
    expect(() => plan({ price: "3200", triggerPrice: "3200", triggerPriceType: "last" })).toThrow(/"mark"/);
  });

  it("refuses sizes and prices the market cannot carry before anything is signed", () => {
    expect(() => plan({ price: "2900", size: "0.00001" })).toThrow(/size/);
    expect(() => plan({ price: "2900", size: "0.001" })).toThrow(/below ETH's minimum 0.005/);
    expect(() => plan({ price: "1", size: "0.005" })).toThrow(/minimum order value 10/);
    expect(() => plan({ price: "2900.001" })).toThrow(ValidationError);
  });

  it("worstPrice rounds away from the book", () => {
    expect(worstPrice("buy", "100", "0.001", eth())).toBe("100.1");
    expect(worstPrice("sell", "100.01", "0.05", eth())).toBe("95");
  });
});
