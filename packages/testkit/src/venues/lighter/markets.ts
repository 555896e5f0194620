import { ValidationError } from "@perp/core";
import Big from "big.js";
import type { MarketConfig, MarketMakerConfig } from "../../engine/index.js";

/**
 * One Lighter perpetual as `orderBookDetails` describes it, plus the simulation knobs. Orders carry
 * integers scaled by 10^size_decimals (BaseAmount) and 10^price_decimals (Price); margin fractions
 * are in 1e-4 units (500 = 5 % = 20x).
 */
export interface LighterMarketConfig {
  /** 0..254; the index signed into every order (ETH is 0 and BTC 1 on mainnet). */
  readonly marketId: number;
  readonly symbol: string;
  readonly sizeDecimals: number;
  readonly priceDecimals: number;
  /** Display units, e.g. "0.0050". */
  readonly minBaseAmount: string;
  /** Smallest order notional in USDC, e.g. "10.000000". */
  readonly minQuoteAmount: string;
  /** Fee rates as fractions ("0.00028" = 2.8 bp); Standard accounts pay "0". */
  readonly takerFee: string;
  readonly makerFee: string;
  readonly liquidationFee?: string;
  /** Leverage of accounts that never sent UpdateLeverage. */
  readonly defaultInitialMarginFraction: number;
  /** The largest leverage allowed: 10000 / this. */
  readonly minInitialMarginFraction: number;
  readonly maintenanceMarginFraction: number;
  readonly closeoutMarginFraction: number;
  readonly markPrice: string;
  /** Hourly funding rate, positive when longs pay. Default "0". */
  readonly fundingRate?: string;
  /** Largest mark move per engine tick, in price ticks. Default 0 (frozen). */
  readonly priceWalkTicks?: number;
  /** The house quote ladder; false disables it. */
  readonly marketMaker?: MarketMakerConfig | false;
}

/** Lighter pays funding every hour. */
export const LIGHTER_FUNDING_INTERVAL_MS = 3_600_000;
/** Margin fractions are in units of 1e-4. */
export const MARGIN_FRACTION_TICK = 10_000;

/** ETH (market 0, 4 size / 2 price decimals) and BTC (market 1, 5 / 1), as on mainnet. */
export const DEFAULT_LIGHTER_MARKETS: readonly LighterMarketConfig[] = [
  {
    marketId: 0,
    symbol: "ETH",
    sizeDecimals: 4,
    priceDecimals: 2,
    minBaseAmount: "0.0050",
    minQuoteAmount: "10.000000",
    takerFee: "0.00028",
    makerFee: "0.00004",
    liquidationFee: "0.01",
    defaultInitialMarginFraction: 500,
    minInitialMarginFraction: 200,
    maintenanceMarginFraction: 120,
    closeoutMarginFraction: 80,
    markPrice: "3000.00",
    fundingRate: "0.0000125",
    priceWalkTicks: 20,
    marketMaker: { levels: 10, spacingTicks: 5, sizePerLevel: "0.5000" },
  },
  {
    marketId: 1,
    symbol: "BTC",
    sizeDecimals: 5,
    priceDecimals: 1,
    minBaseAmount: "0.00020",
    minQuoteAmount: "10.000000",
    takerFee: "0.00028",
    makerFee: "0.00004",
    liquidationFee: "0.01",
    defaultInitialMarginFraction: 500,
    minInitialMarginFraction: 200,
    maintenanceMarginFraction: 120,
    closeoutMarginFraction: 80,
    markPrice: "65000.0",
    fundingRate: "0.0000125",
    priceWalkTicks: 50,
    marketMaker: { levels: 10, spacingTicks: 10, sizePerLevel: "0.05000" },
  },
];

/** 10000 / fraction as a terminating decimal (floored at 6 places), e.g. 500 -> "20". */
export function leverageOf(marginFraction: number): string {
  return new Big(MARGIN_FRACTION_TICK).div(marginFraction).round(6, Big.roundDown).toString();
}

export function validateMarkets(markets: readonly LighterMarketConfig[]): void {
  const ids = new Set<number>();
  for (const m of markets) {
    const fail = (message: string) =>
      new ValidationError(`lighter market ${m.symbol}: ${message}`, {
        issues: [{ path: ["markets", m.symbol], message }],
      });
    if (!Number.isInteger(m.marketId) || m.marketId < 0 || m.marketId > 254)
      throw fail("marketId must be 0..254");
    if (ids.has(m.marketId)) throw fail(`marketId ${m.marketId} is used twice`);
    ids.add(m.marketId);
    for (const [name, value] of [
      ["defaultInitialMarginFraction", m.defaultInitialMarginFraction],
      ["minInitialMarginFraction", m.minInitialMarginFraction],
    ] as const) {
      if (!Number.isInteger(value) || value <= 0 || value > MARGIN_FRACTION_TICK)
        throw fail(`${name} must be 1..10000`);
    }
    if (m.defaultInitialMarginFraction < m.minInitialMarginFraction)
      throw fail("defaultInitialMarginFraction is below minInitialMarginFraction");
  }
}

/** The engine's view of a Lighter market: the engine symbol is the Lighter symbol. */
export function engineMarketConfig(m: LighterMarketConfig): MarketConfig {
  const unit = (decimals: number) => new Big(1).div(new Big(10).pow(decimals)).toFixed(decimals);
  return {
    symbol: m.symbol,
    tickSize: unit(m.priceDecimals),
    stepSize: unit(m.sizeDecimals),
    minSize: m.minBaseAmount,
    maxLeverage: leverageOf(m.minInitialMarginFraction),
    defaultLeverage: leverageOf(m.defaultInitialMarginFraction),
    makerFee: m.makerFee,
    takerFee: m.takerFee,
    fundingIntervalMs: LIGHTER_FUNDING_INTERVAL_MS,
    fundingRate: m.fundingRate ?? "0",
    markPrice: m.markPrice,
    priceWalkTicks: m.priceWalkTicks ?? 0,
    ...(m.marketMaker === undefined ? {} : { marketMaker: m.marketMaker }),
  };
}
