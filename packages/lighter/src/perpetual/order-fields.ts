/**
 * A validated unified order → the fields of a Lighter CreateOrder (everything but the nonce).
 * Lighter's forms: limit GTT (Type 0, TIF 1, expiry), post-only (TIF 2, expiry), IOC (TIF 0,
 * expiry 0), market = IOC with a worst acceptable price (Type 1, TIF 0, expiry 0), and trigger
 * orders (Types 2-5) which always carry an expiry. GTC does not exist: it becomes GTT with the
 * configured lifetime.
 */
import {
  addDecimal,
  compareDecimal,
  mulDecimal,
  newOrderFromRequest,
  subDecimal,
  type ValidatedPlaceOrderRequest,
  ValidationError,
} from "@perp/core";
import { fromLighterPrice, toLighterPrice, toLighterSize } from "../rest/scaling.js";
import { MAX_ORDER_LIFETIME_MS, MIN_ORDER_LIFETIME_MS } from "./config.js";
import type { LighterMarketInfo } from "./markets.js";

/** Lighter's CreateOrder enums. */
export const ORDER_TYPE = {
  limit: 0,
  market: 1,
  "stop-market": 2,
  "stop-limit": 3,
  "take-profit-market": 4,
  "take-profit-limit": 5,
} as const;
export const TIME_IN_FORCE = { ioc: 0, gtt: 1, postOnly: 2 } as const;

export interface CreateOrderFields {
  MarketIndex: number;
  ClientOrderIndex: bigint;
  BaseAmount: bigint;
  Price: bigint;
  IsAsk: 0 | 1;
  Type: number;
  TimeInForce: number;
  ReduceOnly: 0 | 1;
  TriggerPrice: bigint;
  OrderExpiry: bigint;
}

export interface OrderFieldsContext {
  info: LighterMarketInfo;
  /** Venue-clock now, ms. */
  now: number;
  /** Lifetime given to GTC orders and trigger orders without expiresAt. */
  lifetimeMs: number;
  /** "0.05" = a worst price 5 % through the best opposite price. */
  slippage: string;
  /** Best prices, for market orders without an explicit bound. */
  bestBid: string | undefined;
  bestAsk: string | undefined;
}

export interface PlannedOrder {
  fields: CreateOrderFields;
  /** The limit price, or the worst acceptable price of a market-style order, in display units. */
  price: string;
}

function fail(path: string, message: string): never {
  throw new ValidationError(`invalid Lighter order: ${path} ${message}`, {
    venue: "lighter",
    issues: [{ path: [path], message }],
  });
}

function expiryOf(request: ValidatedPlaceOrderRequest, context: OrderFieldsContext): bigint {
  if (request.expiresAt === undefined) return BigInt(context.now + context.lifetimeMs);
  const lifetime = request.expiresAt - context.now;
  if (lifetime <= MIN_ORDER_LIFETIME_MS || lifetime > MAX_ORDER_LIFETIME_MS) {
    fail("expiresAt", "must be more than 5 minutes and at most 30 days ahead (Lighter's window)");
  }
  return BigInt(request.expiresAt);
}

/** Worst acceptable price of a market-style order: through the reference price by the slippage. */
export function worstPrice(
  side: "buy" | "sell",
  reference: string,
  slippage: string,
  info: LighterMarketInfo,
): string {
  const factor = side === "buy" ? addDecimal("1", slippage) : subDecimal("1", slippage);
  const raw = mulDecimal(reference, factor);
  // Rounded away from the book: the bound never ends up tighter than asked.
  const units = toLighterPrice(info.scale, raw, { rounding: side === "buy" ? "up" : "down" });
  return fromLighterPrice(info.scale, units);
}

function marketBound(request: ValidatedPlaceOrderRequest, context: OrderFieldsContext): string {
  if (request.price !== undefined) return request.price;
  const { info } = context;
  const reference = request.triggerPrice ?? (request.side === "buy" ? context.bestAsk : context.bestBid);
  if (reference === undefined) {
    fail(
      "price",
      `is needed: ${info.market.symbol} has no ${request.side === "buy" ? "ask" : "bid"} to derive a worst acceptable price from`,
    );
  }
  return worstPrice(request.side, reference, context.slippage, info);
}

export function planCreateOrder(
  request: ValidatedPlaceOrderRequest,
  clientOrderIndex: bigint,
  context: OrderFieldsContext,
): PlannedOrder {
  const { info } = context;
  if (request.triggerPriceType !== undefined && request.triggerPriceType !== "mark") {
    // Lighter's trigger orders watch the mark price; another price type cannot be honoured.
    fail("triggerPriceType", 'must be "mark" on Lighter');
  }
  const type = ORDER_TYPE[newOrderFromRequest(request, clientOrderIndex.toString()).type];
  const marketStyle =
    type === ORDER_TYPE.market ||
    type === ORDER_TYPE["stop-market"] ||
    type === ORDER_TYPE["take-profit-market"];
  const conditional = request.triggerPrice !== undefined;
  const price = marketStyle ? marketBound(request, context) : (request.price as string);

  let timeInForce: number;
  let expiry: bigint;
  if (marketStyle) {
    timeInForce = TIME_IN_FORCE.ioc;
    expiry = conditional ? expiryOf(request, context) : 0n;
  } else if (request.postOnly) {
    timeInForce = TIME_IN_FORCE.postOnly;
    expiry = expiryOf(request, context);
  } else if (request.timeInForce === "IOC") {
    if (conditional) fail("timeInForce", "IOC is not possible for trigger limit orders on Lighter");
    timeInForce = TIME_IN_FORCE.ioc;
    expiry = 0n;
  } else {
    timeInForce = TIME_IN_FORCE.gtt;
    expiry = expiryOf(request, context);
  }

  const baseAmount = toLighterSize(info.scale, request.size);
  if (baseAmount < 1n) fail("size", "must be at least one size step");
  if (compareDecimal(request.size, info.market.minSize) < 0) {
    fail("size", `${request.size} is below ${info.market.symbol}'s minimum ${info.market.minSize}`);
  }
  const minNotional = info.market.minNotional;
  if (minNotional !== undefined && compareDecimal(mulDecimal(request.size, price), minNotional) < 0) {
    fail("size", `× price is below ${info.market.symbol}'s minimum order value ${minNotional}`);
  }
  return {
    price,
    fields: {
      MarketIndex: info.marketId,
      ClientOrderIndex: clientOrderIndex,
      BaseAmount: baseAmount,
      Price: toLighterPrice(info.scale, price),
      IsAsk: request.side === "sell" ? 1 : 0,
      Type: type,
      TimeInForce: timeInForce,
      ReduceOnly: request.reduceOnly ? 1 : 0,
      TriggerPrice: conditional ? toLighterPrice(info.scale, request.triggerPrice as string) : 0n,
      OrderExpiry: expiry,
    },
  };
}
