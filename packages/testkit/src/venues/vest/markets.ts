import { ValidationError } from "@perp/core";
import Big from "big.js";
import type { MarketConfig, MarketMakerConfig } from "../../engine/index.js";

/**
 * One Vest perpetual as `GET /exchangeInfo` describes it, plus the simulation knobs. Vest has no
 * separate tick or minimum size: the price step is 10^-priceDecimals and the size step and minimum
 * are both 10^-sizeDecimals. Max leverage is floor(1 / initMarginRatio).
 */
export interface VestMarketConfig {
  /** Wire symbol, e.g. "BTC-PERP" (crypto) or "AAPL-USD-PERP" (equities). */
  readonly symbol: string;
  /** Defaults to the symbol. */
  readonly displayName?: string;
  readonly base: string;
  readonly sizeDecimals: number;
  readonly priceDecimals: number;
  readonly initMarginRatio: string;
  readonly maintMarginRatio: string;
  /** Vest v2 charges one fee with no maker/taker distinction; the engine uses it for both sides. */
  readonly takerFee: string;
  readonly isolated?: boolean;
  readonly markPrice: string;
  /** Hourly funding rate (`oneHrFundingRate`), positive when longs pay. Default "0". */
  readonly oneHrFundingRate?: string;
  /** Largest mark move per engine tick, in price steps. Default 0 (frozen). */
  readonly priceWalkTicks?: number;
  /** The house quote ladder; false disables it. */
  readonly marketMaker?: MarketMakerConfig | false;
}

/** Funding is paid hourly on Vest. */
export const VEST_FUNDING_INTERVAL_MS = 3_600_000;

/**
 * BTC-PERP and ETH-PERP with the precisions seen live (BTC 4 size / 2 price decimals, ETH 3 / 3), a
 * 1 bp fee, and a house ladder of 20 levels a side like the one Vest quotes.
 */
export const DEFAULT_VEST_MARKETS: readonly VestMarketConfig[] = [
  {
    symbol: "BTC-PERP",
    base: "BTC",
    sizeDecimals: 4,
    priceDecimals: 2,
    initMarginRatio: "0.02",
    maintMarginRatio: "0.01",
    takerFee: "0.0001",
    markPrice: "65000.00",
    oneHrFundingRate: "0.0000125",
    priceWalkTicks: 500,
    marketMaker: { levels: 20, spacingTicks: 100, sizePerLevel: "0.0500" },
  },
  {
    symbol: "ETH-PERP",
    base: "ETH",
    sizeDecimals: 3,
    priceDecimals: 3,
    initMarginRatio: "0.04",
    maintMarginRatio: "0.02",
    takerFee: "0.0001",
    markPrice: "3200.000",
    oneHrFundingRate: "0.00001",
    priceWalkTicks: 50,
    marketMaker: { levels: 20, spacingTicks: 100, sizePerLevel: "1.000" },
  },
];

/** Resolved numbers every renderer needs. */
export interface VestMarket {
  readonly config: VestMarketConfig;
  readonly symbol: string;
  readonly sizeDecimals: number;
  readonly priceDecimals: number;
  readonly maxLeverage: number;
}

export function resolveVestMarket(config: VestMarketConfig): VestMarket {
  const fail = (field: string, message: string): never => {
    throw new ValidationError(`Vest market ${config.symbol}: ${field} ${message}`, {
      venue: "vest",
      issues: [{ path: ["markets", config.symbol, field], message }],
    });
  };
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(config.symbol)) fail("symbol", "must look like BTC-PERP");
  for (const field of ["sizeDecimals", "priceDecimals"] as const) {
    const value = config[field];
    if (!Number.isInteger(value) || value < 0 || value > 12) fail(field, "must be an integer in 0..12");
  }
  const imr = new Big(config.initMarginRatio);
  if (imr.lte(0) || imr.gt(1)) fail("initMarginRatio", "must be in (0, 1]");
  const maxLeverage = Number(new Big(1).div(imr).round(0, Big.roundDown).toString());
  return {
    config,
    symbol: config.symbol,
    sizeDecimals: config.sizeDecimals,
    priceDecimals: config.priceDecimals,
    maxLeverage,
  };
}

export function stepOf(decimals: number): string {
  return decimals === 0 ? "1" : `0.${"0".repeat(decimals - 1)}1`;
}

export function engineMarketConfig(market: VestMarket): MarketConfig {
  const c = market.config;
  const step = stepOf(market.sizeDecimals);
  const config: MarketConfig = {
    symbol: c.symbol,
    tickSize: stepOf(market.priceDecimals),
    stepSize: step,
    minSize: step,
    maxLeverage: String(market.maxLeverage),
    makerFee: c.takerFee,
    takerFee: c.takerFee,
    fundingIntervalMs: VEST_FUNDING_INTERVAL_MS,
    fundingRate: c.oneHrFundingRate ?? "0",
    markPrice: c.markPrice,
    priceWalkTicks: c.priceWalkTicks ?? 0,
  };
  if (c.marketMaker !== undefined) config.marketMaker = c.marketMaker;
  return config;
}
