import { type Market, parsePlaceOrderRequest, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import type { Market as ExtendedMarket } from "../schemas/market.js";
import { resolveTrading } from "./config.js";
import { buildOrderIntent, checkOrderRules, orderExpiry, worstPrice } from "./order-intent.js";

const DAY = 86_400_000;
const NOW = 1_750_000_000_000;
const trading = resolveTrading({}, 90 * DAY);

const market: Market = {
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
  maxSize: undefined,
  minNotional: undefined,
  maxLeverage: 50,
  priceDecimals: 0,
  sizeDecimals: 5,
  makerFee: undefined,
  takerFee: undefined,
  expiry: undefined,
  info: {},
};

// Only what the intent carries through to the signer.
const raw = { name: "BTC-USD" } as ExtendedMarket;

function issuesOf(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  }
  throw new Error("expected a ValidationError");
}

function intentFor(request: Parameters<typeof parsePlaceOrderRequest>[0], price = "100000") {
  const order = parsePlaceOrderRequest(request);
  return buildOrderIntent({
    order,
    market: raw,
    unified: market,
    clientOrderId: "cid-1",
    vault: "100005",
    feeRate: "0.00025",
    price,
    expiryEpochMillis: NOW + 3_600_000,
    trading,
  });
}

describe("checkOrderRules", () => {
  it("accepts an order on the tick and step", () => {
    const order = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "99000",
    });
    expect(() => checkOrderRules(order, market, NOW, 90 * DAY)).not.toThrow();
  });

  it("lists every broken rule at once", () => {
    const order = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.000015",
      price: "99000.5",
      triggerPrice: "98000.1",
      takeProfit: { triggerPrice: "120000.5" },
      timeInForce: "GTT",
      expiresAt: NOW + 91 * DAY,
    });
    expect(issuesOf(() => checkOrderRules(order, market, NOW, 90 * DAY))).toEqual([
      "size: must be a multiple of 0.00001",
      "size: must be at least 0.0001",
      "price: must be a multiple of the tick size 1",
      "triggerPrice: must be a multiple of the tick size 1",
      "takeProfit.triggerPrice: must be a multiple of the tick size 1",
      "expiresAt: must be at most 7776000000 ms ahead (the network's maximum order expiry)",
    ]);
  });

  it("refuses paused markets, and non-reduce-only orders on reduce-only markets", () => {
    const order = parsePlaceOrderRequest({ symbol: "BTC-USD", side: "buy", type: "market", size: "0.01" });
    expect(issuesOf(() => checkOrderRules(order, { ...market, status: "paused" }, NOW, DAY))).toEqual([
      "symbol: market BTC-USD is paused",
    ]);
    expect(issuesOf(() => checkOrderRules(order, { ...market, status: "reduce-only" }, NOW, DAY))).toEqual([
      "reduceOnly: market BTC-USD accepts reduce-only orders only",
    ]);
    const reducing = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "sell",
      type: "market",
      size: "0.01",
      reduceOnly: true,
    });
    expect(() => checkOrderRules(reducing, { ...market, status: "reduce-only" }, NOW, DAY)).not.toThrow();
  });

  it("refuses an expiry in the past", () => {
    const order = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "99000",
      timeInForce: "GTT",
      expiresAt: NOW - 1,
    });
    expect(issuesOf(() => checkOrderRules(order, market, NOW, DAY))).toEqual([
      "expiresAt: must be in the future",
    ]);
  });
});

describe("worstPrice", () => {
  it("moves against the taker by the slippage and rounds away from the reference", () => {
    expect(worstPrice("buy", "99999", "0.0075", "1")).toBe("100749");
    expect(worstPrice("sell", "99999", "0.0075", "1")).toBe("99249");
    expect(worstPrice("buy", "3500.05", "0.0075", "0.1")).toBe("3526.4");
    expect(worstPrice("sell", "3500.05", "0", "0.1")).toBe("3500");
  });

  it("never proposes a sell bound of zero", () => {
    expect(worstPrice("sell", "0.5", "0.9", "1")).toBe("1");
  });
});

describe("orderExpiry", () => {
  it("uses GTT's own expiry, the IOC horizon for immediate orders and the GTC horizon otherwise", () => {
    const gtt = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "1",
      timeInForce: "GTT",
      expiresAt: NOW + 5_000,
    });
    expect(orderExpiry(gtt, NOW, trading)).toBe(NOW + 5_000);
    const market = parsePlaceOrderRequest({ symbol: "BTC-USD", side: "buy", type: "market", size: "0.01" });
    expect(orderExpiry(market, NOW, trading)).toBe(NOW + 3_600_000);
    const gtc = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "1",
    });
    expect(orderExpiry(gtc, NOW, trading)).toBe(NOW + 90 * DAY - 3_600_000);
  });
});

describe("buildOrderIntent", () => {
  it("sends limit orders as GTT, post-only when asked", () => {
    expect(
      intentFor(
        {
          symbol: "BTC-USD",
          side: "buy",
          type: "limit",
          size: "0.01",
          price: "99000",
          timeInForce: "post-only",
        },
        "99000",
      ),
    ).toMatchObject({
      type: "LIMIT",
      side: "BUY",
      qty: "0.01",
      price: "99000",
      fee: "0.00025",
      id: "cid-1",
      vault: "100005",
      postOnly: true,
      reduceOnly: false,
      timeInForce: "GTT",
      selfTradeProtectionLevel: "ACCOUNT",
      expiryEpochMillis: NOW + 3_600_000,
    });
  });

  it("sends market and IOC orders as IOC with the resolved worst price", () => {
    expect(
      intentFor({ symbol: "BTC-USD", side: "sell", type: "market", size: "0.01", reduceOnly: true }, "99249"),
    ).toMatchObject({
      type: "MARKET",
      side: "SELL",
      price: "99249",
      timeInForce: "IOC",
      reduceOnly: true,
    });
    expect(
      intentFor(
        { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "1", timeInForce: "IOC" },
        "1",
      ),
    ).toMatchObject({ type: "LIMIT", timeInForce: "IOC" });
  });

  it("makes triggered orders CONDITIONAL, with the stop direction by default", () => {
    expect(
      intentFor({ symbol: "BTC-USD", side: "buy", type: "market", size: "0.01", triggerPrice: "104000" })
        .trigger,
    ).toEqual({
      triggerPrice: "104000",
      triggerPriceType: "LAST",
      direction: "UP",
      executionPriceType: "MARKET",
    });
    const takeProfit = intentFor({
      symbol: "BTC-USD",
      side: "sell",
      type: "limit",
      size: "0.01",
      price: "104000",
      triggerPrice: "105000",
      triggerDirection: "above",
      triggerPriceType: "mark",
    });
    expect(takeProfit).toMatchObject({ type: "CONDITIONAL" });
    expect(takeProfit.trigger).toEqual({
      triggerPrice: "105000",
      triggerPriceType: "MARK",
      direction: "UP",
      executionPriceType: "LIMIT",
    });
    expect(
      intentFor({ symbol: "BTC-USD", side: "sell", type: "market", size: "0.01", triggerPrice: "90000" })
        .trigger?.direction,
    ).toBe("DOWN");
  });

  it("attaches TP/SL legs on the opposite side: market legs get a worst price, limit legs keep theirs", () => {
    const intent = intentFor({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "100000",
      takeProfit: { triggerPrice: "110000", triggerPriceType: "mark" },
      stopLoss: { triggerPrice: "90000", price: "89000" },
    });
    expect(intent.tpSlType).toBe("ORDER");
    // The legs sell: a market leg's worst price is below its trigger.
    expect(intent.takeProfit).toEqual({
      triggerPrice: "110000",
      triggerPriceType: "MARK",
      price: "109175",
      priceType: "MARKET",
    });
    expect(intent.stopLoss).toEqual({
      triggerPrice: "90000",
      triggerPriceType: "LAST",
      price: "89000",
      priceType: "LIMIT",
    });
  });
});
