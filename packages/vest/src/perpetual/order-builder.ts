import {
  addDecimal,
  type Market,
  mulDecimal,
  roundDecimal,
  signDecimal,
  subDecimal,
  type ValidatedAttachedTrigger,
  type ValidatedPlaceOrderRequest,
  ValidationError,
} from "@perp/core";
import type { OrderRequest, VestTimeInForce } from "../signing/index.js";
import { formatOnStep, toFixedDecimals } from "./markets.js";

export interface OrderBuildContext {
  time: number;
  nonce: number;
  /**
   * For a market order without `price`: the price its worst price is derived from (best opposite
   * level or mark price). Unused otherwise.
   */
  referencePrice?: string | undefined;
  /** Fraction away from the reference price ("0.05"). */
  slippage: string;
}

/**
 * Turns a validated core order into the Vest order that gets signed. Prices and sizes are written
 * with exactly the market's decimals (they are signed byte-for-byte); anything Vest cannot express
 * is refused here, before signing.
 */
export function buildVestOrder(
  request: ValidatedPlaceOrderRequest,
  market: Market,
  context: OrderBuildContext,
): OrderRequest {
  const size = formatOnStep(request.size, market.sizeDecimals, "size", market.symbol);
  const base = {
    time: context.time,
    nonce: context.nonce,
    symbol: market.symbol,
    isBuy: request.side === "buy",
    size,
    reduceOnly: request.reduceOnly,
  };
  if (request.postOnly) refuse("postOnly", "Vest has no post-only (maker-only) orders");
  if (request.triggerPrice !== undefined) {
    refuse(
      "triggerPrice",
      "Vest has no stand-alone trigger orders; attach takeProfit/stopLoss to a limit order",
    );
  }
  if (request.type === "market") {
    if (request.takeProfit !== undefined || request.stopLoss !== undefined) {
      refuse("takeProfit", "Vest attaches take-profit/stop-loss to limit orders only");
    }
    const limitPrice =
      request.price === undefined
        ? worstPrice(request.side, context.referencePrice, context.slippage, market)
        : formatOnStep(request.price, market.priceDecimals, "price", market.symbol);
    // MARKET takes no timeInForce on Vest: it fills completely against the house or is rejected.
    return { ...base, orderType: "MARKET", limitPrice };
  }
  if (request.price === undefined) refuse("price", "is required for limit orders");
  const order: OrderRequest = {
    ...base,
    orderType: "LIMIT",
    limitPrice: formatOnStep(request.price, market.priceDecimals, "price", market.symbol),
  };
  const timeInForce = limitTimeInForce(request.timeInForce);
  if (timeInForce !== undefined) order.timeInForce = timeInForce;
  const tp = childPrice(request.takeProfit, "takeProfit", market);
  const sl = childPrice(request.stopLoss, "stopLoss", market);
  if (tp !== undefined) order.tpPrice = tp;
  if (sl !== undefined) order.slPrice = sl;
  return order;
}

function limitTimeInForce(tif: ValidatedPlaceOrderRequest["timeInForce"]): VestTimeInForce | undefined {
  switch (tif) {
    case undefined:
      return undefined;
    case "GTC":
    case "FOK":
    case "IOC":
      return tif;
    default:
      return refuse("timeInForce", `${tif} is not available on Vest (GTC, IOC and FOK are)`);
  }
}

/** A TP/SL child: Vest signs only its trigger price and executes it at market once triggered. */
function childPrice(
  trigger: ValidatedAttachedTrigger | undefined,
  field: "takeProfit" | "stopLoss",
  market: Market,
): string | undefined {
  if (trigger === undefined) return undefined;
  if (trigger.price !== undefined) {
    refuse(`${field}.price`, "Vest TP/SL children execute at market: give only triggerPrice");
  }
  if (trigger.triggerPriceType !== undefined) {
    refuse(`${field}.triggerPriceType`, "Vest does not let you choose which price triggers TP/SL");
  }
  return formatOnStep(trigger.triggerPrice, market.priceDecimals, `${field}.triggerPrice`, market.symbol);
}

/**
 * The worst price of a market order: the reference moved by the slippage against the taker, on the
 * price grid (buys rounded up, sells down, so the cap is never tighter than asked).
 */
export function worstPrice(
  side: "buy" | "sell",
  reference: string | undefined,
  slippage: string,
  market: Market,
): string {
  if (reference === undefined || signDecimal(reference) <= 0) {
    return refuse("price", `no reference price for ${market.symbol}: give the market order a worst price`);
  }
  const factor = side === "buy" ? addDecimal("1", slippage) : subDecimal("1", slippage);
  const raw = mulDecimal(reference, factor);
  const rounded = roundDecimal(raw, market.priceDecimals, side === "buy" ? "up" : "down");
  if (signDecimal(rounded) <= 0) {
    return refuse("price", `the worst price of this sell rounds to zero; give the market order a price`);
  }
  return toFixedDecimals(rounded, market.priceDecimals);
}

function refuse(field: string, message: string): never {
  throw new ValidationError(`invalid order: ${field} ${message}`, {
    venue: "vest",
    issues: [{ path: field.split("."), message }],
  });
}
