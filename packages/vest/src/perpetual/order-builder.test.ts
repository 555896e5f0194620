import { type PlaceOrderRequest, parsePlaceOrderRequest, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { toMarket } from "./markets.js";
import { buildVestOrder, worstPrice } from "./order-builder.js";

const market = toMarket({
  symbol: "BTC-PERP",
  base: "BTC",
  quote: "USDC",
  sizeDecimals: 4,
  priceDecimals: 2,
  initMarginRatio: "0.02",
  maintMarginRatio: "0.01",
  takerFee: "0.0001",
});
const context = { time: 1_700_000_000_000, nonce: 7, slippage: "0.05" };
const build = (order: PlaceOrderRequest, referencePrice?: string) =>
  buildVestOrder(parsePlaceOrderRequest(order), market, { ...context, referencePrice });

describe("buildVestOrder", () => {
  it("writes a limit order with the market's decimals, its time in force and TP/SL children", () => {
    expect(
      build({
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "0.5",
        price: "65000",
        timeInForce: "FOK",
        takeProfit: { triggerPrice: "70000" },
        stopLoss: { triggerPrice: "60000.5" },
      }),
    ).toEqual({
      time: context.time,
      nonce: 7,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.5000",
      reduceOnly: false,
      orderType: "LIMIT",
      limitPrice: "65000.00",
      timeInForce: "FOK",
      tpPrice: "70000.00",
      slPrice: "60000.50",
    });
  });

  it("leaves timeInForce out when not given (the venue's GTC) and keeps reduce-only", () => {
    const order = build({
      symbol: "BTC-PERP",
      side: "sell",
      type: "limit",
      size: "1",
      price: "1",
      reduceOnly: true,
    });
    expect(order).toMatchObject({ isBuy: false, reduceOnly: true, size: "1.0000", limitPrice: "1.00" });
    expect("timeInForce" in order).toBe(false);
  });

  it("gives a market order a worst price: the given one, or the reference moved by the slippage", () => {
    expect(
      build({ symbol: "BTC-PERP", side: "buy", type: "market", size: "0.01", price: "66000" }),
    ).toMatchObject({
      orderType: "MARKET",
      limitPrice: "66000.00",
    });
    expect(
      build({ symbol: "BTC-PERP", side: "buy", type: "market", size: "0.01" }, "65000.01"),
    ).toMatchObject({
      limitPrice: "68250.02",
    });
    expect(
      build(
        { symbol: "BTC-PERP", side: "sell", type: "market", size: "0.01", timeInForce: "IOC" },
        "65000.01",
      ),
    ).toMatchObject({ orderType: "MARKET", limitPrice: "61750.00" });
  });

  it("rounds the worst price away from the reference, and needs a reference", () => {
    expect(worstPrice("buy", "100.01", "0.001", market)).toBe("100.12");
    expect(worstPrice("sell", "100.01", "0.001", market)).toBe("99.90");
    expect(() => worstPrice("buy", undefined, "0.05", market)).toThrow("no reference price");
    expect(() => worstPrice("sell", "0.01", "0.9", market)).toThrow(ValidationError);
  });

  it.each<[string, PlaceOrderRequest]>([
    ["postOnly", { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1", postOnly: true }],
    [
      "triggerPrice",
      { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1", triggerPrice: "2" },
    ],
    [
      "takeProfit",
      { symbol: "BTC-PERP", side: "buy", type: "market", size: "1", takeProfit: { triggerPrice: "2" } },
    ],
    [
      "takeProfit.price",
      {
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        takeProfit: { triggerPrice: "2", price: "2" },
      },
    ],
    [
      "stopLoss.triggerPriceType",
      {
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        stopLoss: { triggerPrice: "1", triggerPriceType: "last" },
      },
    ],
    ["size", { symbol: "BTC-PERP", side: "buy", type: "limit", size: "0.00001", price: "1" }],
    ["price", { symbol: "BTC-PERP", side: "buy", type: "limit", size: "1", price: "1.001" }],
    [
      "timeInForce",
      {
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        timeInForce: "GTT",
        expiresAt: 1,
      },
    ],
  ])("refuses what Vest cannot express: %s", (field, order) => {
    const error = (() => {
      try {
        build(order, "1");
      } catch (e) {
        return e as ValidationError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.issues[0]?.path.join(".")).toBe(field);
  });
});
