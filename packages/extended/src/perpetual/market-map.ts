import { decimalPlaces, type FundingRate, type Market, type MarketStatus } from "@perp/core";
import type { Market as ExtendedMarket, MarketStats } from "../schemas/market.js";
import { FUNDING_INTERVAL_MS } from "../ws/public/decoders.js";

const STATUS: Record<ExtendedMarket["status"], MarketStatus> = {
  ACTIVE: "active",
  REDUCE_ONLY: "reduce-only",
  DELISTED: "delisted",
  // Listed but not yet tradable, switched off, or a status this SDK does not know: no orders.
  PRELISTED: "paused",
  DISABLED: "paused",
  UNKNOWN: "paused",
};

/** The unified view of a market from GET /info/markets; the symbol is Extended's name ("BTC-USD"). */
export function toMarket(market: ExtendedMarket): Market {
  const config = market.tradingConfig;
  const status = market.active || market.status !== "ACTIVE" ? STATUS[market.status] : "paused";
  const maxLeverage = Number(config.maxLeverage);
  return {
    symbol: market.name,
    venueId: market.name,
    base: market.assetName,
    quote: market.collateralAssetName,
    settle: market.collateralAssetName,
    contractType: "perpetual",
    status,
    active: status === "active",
    tickSize: config.minPriceChange,
    stepSize: config.minOrderSizeChange,
    minSize: config.minOrderSize,
    maxSize: undefined,
    minNotional: undefined,
    maxLeverage: Number.isFinite(maxLeverage) ? maxLeverage : undefined,
    priceDecimals: decimalPlaces(config.minPriceChange),
    sizeDecimals: decimalPlaces(config.minOrderSizeChange),
    // Fees are per account (GET /user/fees), not part of the market.
    makerFee: undefined,
    takerFee: undefined,
    expiry: undefined,
    info: market.raw,
  };
}

/**
 * The current funding rate from market stats: the 1-hour rate the venue recomputes every minute
 * and applies hourly. The stats carry no time of their own, so `timestamp` is when they were read.
 */
export function fundingFromStats(symbol: string, stats: MarketStats, receivedAt: number): FundingRate {
  return {
    symbol,
    rate: stats.fundingRate,
    intervalMs: FUNDING_INTERVAL_MS,
    nextFundingTime: stats.nextFundingRate,
    markPrice: stats.markPrice,
    indexPrice: stats.indexPrice,
    timestamp: receivedAt,
    info: stats,
  };
}

/**
 * A rate from the `/funding` stream (the rate just applied) merged into the last known one: the
 * stream says nothing about prices, and the next payment is one interval after this one.
 */
export function mergeStreamFunding(previous: FundingRate | undefined, applied: FundingRate): FundingRate {
  return {
    ...applied,
    nextFundingTime: applied.timestamp + applied.intervalMs,
    markPrice: previous?.markPrice,
    indexPrice: previous?.indexPrice,
  };
}
