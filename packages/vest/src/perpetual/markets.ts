import { divDecimal, isMultipleOf, type Market, roundDecimal, ValidationError } from "@perp/core";
import type { VestSymbolInfo } from "../schemas/market.js";

/** 10^-decimals as a decimal string: Vest's price step and size step (and minimum size). */
export function stepOf(decimals: number): string {
  return decimals === 0 ? "1" : `0.${"0".repeat(decimals - 1)}1`;
}

/**
 * A `GET /exchangeInfo` market in core's shape. v2 has one fee for every execution (no maker/taker
 * split), no maximum size and no minimum notional; max leverage is floor(1 / initMarginRatio).
 * exchangeInfo carries no trading status, so markets are reported active (a HALT shows on tickers).
 */
export function toMarket(info: VestSymbolInfo): Market {
  const step = stepOf(info.sizeDecimals);
  const maxLeverage = Number(roundDecimal(divDecimal("1", info.initMarginRatio, 8, "down"), 0, "down"));
  return {
    symbol: info.symbol,
    venueId: info.symbol,
    base: info.base,
    quote: info.quote,
    settle: info.quote,
    contractType: "perpetual",
    status: "active",
    active: true,
    tickSize: stepOf(info.priceDecimals),
    stepSize: step,
    minSize: step,
    maxSize: undefined,
    minNotional: undefined,
    maxLeverage: Number.isSafeInteger(maxLeverage) && maxLeverage > 0 ? maxLeverage : undefined,
    priceDecimals: info.priceDecimals,
    sizeDecimals: info.sizeDecimals,
    makerFee: info.takerFee,
    takerFee: info.takerFee,
    expiry: undefined,
    info,
  };
}

/**
 * A price or size exactly as Vest signs it: with exactly the market's decimals. A value finer than
 * the step is refused (never rounded silently: the user named that price).
 */
export function formatOnStep(value: string, decimals: number, field: string, symbol: string): string {
  const step = stepOf(decimals);
  if (!isMultipleOf(value, step)) {
    throw new ValidationError(
      `${field} ${value} is not a multiple of ${step}, the ${field} step of ${symbol}`,
      {
        venue: "vest",
        issues: [{ path: [field], message: `must be a multiple of ${step}` }],
      },
    );
  }
  return toFixedDecimals(value, decimals);
}

/** "65000" → "65000.00" for 2 decimals; the value must already fit in `decimals`. */
export function toFixedDecimals(value: string, decimals: number): string {
  const normalized = roundDecimal(value, decimals, "down");
  if (decimals === 0) return normalized;
  const [whole, fraction = ""] = normalized.split(".");
  return `${whole}.${fraction.padEnd(decimals, "0")}`;
}
