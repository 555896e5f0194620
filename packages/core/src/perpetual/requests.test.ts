import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import {
  parseCancelAllOrdersRequest,
  parseCancelOrderRequest,
  parsePlaceOrderRequest,
  parseSetLeverageRequest,
} from "./requests.js";

function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

const limit = { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.010", price: "65000.50" } as const;

describe("parsePlaceOrderRequest", () => {
  it("accepts a limit order, normalizes decimals and resolves flags", () => {
    expect(parsePlaceOrderRequest({ ...limit, clientOrderId: "my-order-1" })).toEqual({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "65000.5",
      timeInForce: undefined,
      postOnly: false,
      reduceOnly: false,
      clientOrderId: "my-order-1",
      triggerPrice: undefined,
      triggerDirection: undefined,
      triggerPriceType: undefined,
      takeProfit: undefined,
      stopLoss: undefined,
      expiresAt: undefined,
    });
  });

  it("accepts a market order without price and a post-only time in force", () => {
    expect(
      parsePlaceOrderRequest({ symbol: "ETH-USD", side: "sell", type: "market", size: "1" }),
    ).toMatchObject({
      type: "market",
      price: undefined,
    });
    expect(parsePlaceOrderRequest({ ...limit, timeInForce: "post-only" })).toMatchObject({
      timeInForce: "post-only",
      postOnly: true,
    });
  });

  it("accepts triggers and attached take-profit / stop-loss", () => {
    const parsed = parsePlaceOrderRequest({
      ...limit,
      triggerPrice: "64000",
      triggerDirection: "below",
      triggerPriceType: "mark",
      takeProfit: { triggerPrice: "70000" },
      stopLoss: { triggerPrice: "60000", price: "59900.00", triggerPriceType: "last" },
    });
    expect(parsed.takeProfit).toEqual({
      triggerPrice: "70000",
      price: undefined,
      triggerPriceType: undefined,
    });
    expect(parsed.stopLoss).toEqual({ triggerPrice: "60000", price: "59900", triggerPriceType: "last" });
  });

  it("rejects numbers for money fields with a message saying why", () => {
    const error = validationError(() => parsePlaceOrderRequest({ ...limit, size: 0.1, price: 65000 }));
    expect(error.issues).toEqual([
      {
        path: ["size"],
        message: 'must be a decimal string such as "0.1", not a number: floats lose precision',
      },
      {
        path: ["price"],
        message: 'must be a decimal string such as "65000", not a number: floats lose precision',
      },
    ]);
    expect(error.message).toMatch(/^invalid order: size must be a decimal string/);
    const nested = validationError(() =>
      parsePlaceOrderRequest({ ...limit, takeProfit: { triggerPrice: 70000 } }),
    );
    expect(nested.issues[0]?.path).toEqual(["takeProfit", "triggerPrice"]);
  });

  it.each([
    ["size", "abc", "must be a decimal string"],
    ["size", "0", "must be greater than zero"],
    ["size", "-1", "must be greater than zero"],
    ["price", "", "must be a decimal string"],
    ["price", "1,5", "must be a decimal string"],
    ["side", "long", 'must be one of "buy", "sell"'],
    ["type", "stop", 'must be one of "limit", "market"'],
    ["timeInForce", "GTD", "must be one of"],
    ["symbol", "", "must be a market symbol"],
    ["clientOrderId", "has space", "printable ASCII"],
    ["clientOrderId", "x".repeat(65), "printable ASCII"],
    ["reduceOnly", "true", "must be true or false"],
    ["expiresAt", 1.5, "whole number of milliseconds"],
  ])("rejects %s = %j", (field, value, message) => {
    const error = validationError(() => parsePlaceOrderRequest({ ...limit, [field]: value }));
    expect(error.issues.map((i) => i.path)).toContainEqual([field]);
    expect(error.issues.find((i) => i.path[0] === field)?.message).toContain(message);
  });

  it("reports missing required fields and unknown fields", () => {
    const missing = validationError(() => parsePlaceOrderRequest({ symbol: "BTC-USD" }));
    expect(missing.issues).toEqual([
      { path: ["side"], message: "is required" },
      { path: ["type"], message: "is required" },
      { path: ["size"], message: "is required" },
    ]);
    const unknown = validationError(() => parsePlaceOrderRequest({ ...limit, reduce_only: true }));
    expect(unknown.issues).toEqual([{ path: [], message: "unknown field: reduce_only" }]);
    expect(validationError(() => parsePlaceOrderRequest("BTC")).issues).toEqual([
      { path: [], message: "must be an object" },
    ]);
  });

  it.each([
    [{ ...limit, price: undefined }, "price", "is required for limit orders"],
    [{ ...limit, type: "market", postOnly: true }, "postOnly", "not possible for market orders"],
    [{ ...limit, type: "market", timeInForce: "GTC" }, "timeInForce", "not possible for market orders"],
    [{ ...limit, timeInForce: "post-only", postOnly: false }, "postOnly", "contradicts"],
    [{ ...limit, timeInForce: "IOC", postOnly: true }, "postOnly", "cannot be combined with timeInForce IOC"],
    [{ ...limit, timeInForce: "GTT" }, "expiresAt", "is required with timeInForce GTT"],
    [{ ...limit, triggerDirection: "above" }, "triggerDirection", "needs triggerPrice"],
    [{ ...limit, reduceOnly: true, stopLoss: { triggerPrice: "1" } }, "reduceOnly", "cannot be combined"],
  ])("rejects inconsistent combinations (%#)", (input, field, message) => {
    const error = validationError(() => parsePlaceOrderRequest(input));
    expect(error.issues).toContainEqual({ path: [field], message: expect.stringContaining(message) });
  });

  it("accepts GTT with an expiry", () => {
    expect(
      parsePlaceOrderRequest({ ...limit, timeInForce: "GTT", expiresAt: 1_900_000_000_000 }).expiresAt,
    ).toBe(1_900_000_000_000);
  });
});

describe("parseCancelOrderRequest", () => {
  it("accepts exactly one of orderId or clientOrderId", () => {
    expect(parseCancelOrderRequest({ orderId: "1791181340771614723" })).toEqual({
      symbol: undefined,
      orderId: "1791181340771614723",
      clientOrderId: undefined,
    });
    expect(parseCancelOrderRequest({ symbol: "BTC-USD", clientOrderId: "c-1" }).clientOrderId).toBe("c-1");
    expect(validationError(() => parseCancelOrderRequest({})).issues).toEqual([
      { path: [], message: "give exactly one of orderId or clientOrderId" },
    ]);
    expect(
      validationError(() => parseCancelOrderRequest({ orderId: "1", clientOrderId: "c" })).issues,
    ).toHaveLength(1);
  });

  it("rejects numeric ids: ids are strings", () => {
    const error = validationError(() => parseCancelOrderRequest({ orderId: 1791181340771614 }));
    expect(error.issues[0]).toEqual({ path: ["orderId"], message: "must be a non-empty order id" });
  });
});

describe("parseCancelAllOrdersRequest and parseSetLeverageRequest", () => {
  it("validates the optional symbol", () => {
    expect(parseCancelAllOrdersRequest()).toEqual({});
    expect(parseCancelAllOrdersRequest({ symbol: "BTC-USD" })).toEqual({ symbol: "BTC-USD" });
    expect(() => parseCancelAllOrdersRequest({ symbol: "" })).toThrow(ValidationError);
  });

  it("validates leverage", () => {
    expect(parseSetLeverageRequest({ symbol: "BTC-USD", leverage: 10, marginMode: "cross" })).toEqual({
      symbol: "BTC-USD",
      leverage: 10,
      marginMode: "cross",
    });
    expect(validationError(() => parseSetLeverageRequest({ symbol: "BTC-USD", leverage: 0 })).issues).toEqual(
      [{ path: ["leverage"], message: "must be greater than zero" }],
    );
    expect(
      validationError(() => parseSetLeverageRequest({ symbol: "BTC-USD", leverage: "10" })).issues,
    ).toEqual([{ path: ["leverage"], message: "must be a number such as 10" }]);
    expect(() => parseSetLeverageRequest({ symbol: "BTC-USD", leverage: Number.POSITIVE_INFINITY })).toThrow(
      ValidationError,
    );
  });
});
