import { ValidationError } from "@perp/core";
import { decimalsOf, divRound, formatScaled, parseRatio, parseScaled, pow10, type Ratio } from "./decimal.js";
import type { MarketConfig, MarketMakerConfig } from "./types.js";

/** Collateral and notional amounts are atoms of 10^-QUOTE_SCALE, so price × size never needs rounding. */
export const QUOTE_SCALE = 18;

export interface MarketMakerSpec {
  levels: number;
  spacingTicks: bigint;
  sizePerLevel: bigint;
}

/** A market's configuration resolved into exact integers: prices in 10^-priceScale, sizes in 10^-sizeScale. */
export interface MarketSpec {
  symbol: string;
  priceScale: number;
  sizeScale: number;
  tick: bigint;
  step: bigint;
  minSize: bigint;
  maxLeverage: Ratio;
  defaultLeverage: Ratio;
  makerFee: Ratio;
  takerFee: Ratio;
  fundingIntervalMs: number;
  initialFundingRate: Ratio;
  initialMark: bigint;
  initialIndex: bigint;
  priceWalkTicks: number;
  marketMaker: MarketMakerSpec | undefined;
  /** Multiplier taking priceAtoms × sizeAtoms to quote atoms. */
  notionalFactor: bigint;
}

function invalid(symbol: string, field: string, message: string): ValidationError {
  return new ValidationError(`market ${symbol}: ${field} ${message}`, {
    issues: [{ path: ["markets", symbol, field], message }],
  });
}

function positive(symbol: string, field: string, value: bigint): bigint {
  if (value <= 0n) throw invalid(symbol, field, "must be greater than zero");
  return value;
}

function multipleOf(symbol: string, field: string, value: bigint, unit: bigint, unitName: string): bigint {
  if (value % unit !== 0n) throw invalid(symbol, field, `must be a multiple of ${unitName}`);
  return value;
}

export function resolveMarket(config: MarketConfig): MarketSpec {
  const symbol = config.symbol;
  if (typeof symbol !== "string" || symbol.length === 0) {
    throw new ValidationError("market symbol must be a non-empty string", {
      issues: [{ path: ["markets", "symbol"], message: "required" }],
    });
  }
  const indexText = config.indexPrice ?? config.markPrice;
  const priceScale = Math.max(
    decimalsOf(config.tickSize, "tickSize"),
    decimalsOf(config.markPrice, "markPrice"),
    decimalsOf(indexText, "indexPrice"),
  );
  const sizeScale = decimalsOf(config.stepSize, "stepSize");
  if (priceScale + sizeScale > QUOTE_SCALE) {
    throw invalid(symbol, "tickSize", `and stepSize together may carry at most ${QUOTE_SCALE} decimals`);
  }
  const tick = positive(symbol, "tickSize", parseScaled(config.tickSize, priceScale, "tickSize"));
  const step = positive(symbol, "stepSize", parseScaled(config.stepSize, sizeScale, "stepSize"));
  const minSize = multipleOf(
    symbol,
    "minSize",
    positive(symbol, "minSize", parseScaled(config.minSize, sizeScale, "minSize")),
    step,
    "stepSize",
  );
  const maxLeverage = parseRatio(config.maxLeverage, "maxLeverage");
  if (maxLeverage.units < pow10(maxLeverage.scale))
    throw invalid(symbol, "maxLeverage", "must be at least 1");
  const defaultLeverage =
    config.defaultLeverage === undefined
      ? maxLeverage
      : parseRatio(config.defaultLeverage, "defaultLeverage");
  if (!leverageWithin(defaultLeverage, maxLeverage))
    throw invalid(symbol, "defaultLeverage", "must be in 1..maxLeverage");
  if (!Number.isSafeInteger(config.fundingIntervalMs) || config.fundingIntervalMs <= 0) {
    throw invalid(symbol, "fundingIntervalMs", "must be a positive integer");
  }
  const walk = config.priceWalkTicks ?? 1;
  if (!Number.isSafeInteger(walk) || walk < 0)
    throw invalid(symbol, "priceWalkTicks", "must be a natural number");
  const initialMark = positive(symbol, "markPrice", parseScaled(config.markPrice, priceScale, "markPrice"));
  const initialIndex = positive(symbol, "indexPrice", parseScaled(indexText, priceScale, "indexPrice"));
  return {
    symbol,
    priceScale,
    sizeScale,
    tick,
    step,
    minSize,
    maxLeverage,
    defaultLeverage,
    makerFee: parseRatio(config.makerFee, "makerFee"),
    takerFee: parseRatio(config.takerFee, "takerFee"),
    fundingIntervalMs: config.fundingIntervalMs,
    initialFundingRate: parseRatio(config.fundingRate ?? "0", "fundingRate"),
    initialMark,
    initialIndex,
    priceWalkTicks: walk,
    marketMaker: resolveMarketMaker(symbol, config.marketMaker, minSize, step, sizeScale),
    notionalFactor: pow10(QUOTE_SCALE - priceScale - sizeScale),
  };
}

function resolveMarketMaker(
  symbol: string,
  config: MarketMakerConfig | false | undefined,
  minSize: bigint,
  step: bigint,
  sizeScale: number,
): MarketMakerSpec | undefined {
  if (config === false) return undefined;
  if (config === undefined) return { levels: 5, spacingTicks: 1n, sizePerLevel: minSize * 10n };
  if (!Number.isSafeInteger(config.levels) || config.levels <= 0) {
    throw invalid(symbol, "marketMaker.levels", "must be a positive integer");
  }
  if (!Number.isSafeInteger(config.spacingTicks) || config.spacingTicks <= 0) {
    throw invalid(symbol, "marketMaker.spacingTicks", "must be a positive integer");
  }
  const size = parseScaled(config.sizePerLevel, sizeScale, "marketMaker.sizePerLevel");
  if (size < minSize) throw invalid(symbol, "marketMaker.sizePerLevel", "must be at least minSize");
  return {
    levels: config.levels,
    spacingTicks: BigInt(config.spacingTicks),
    sizePerLevel: multipleOf(symbol, "marketMaker.sizePerLevel", size, step, "stepSize"),
  };
}

/** True when 1 <= leverage <= max. */
export function leverageWithin(leverage: Ratio, max: Ratio): boolean {
  const scale = Math.max(leverage.scale, max.scale);
  const lev = leverage.units * pow10(scale - leverage.scale);
  return lev >= pow10(scale) && lev <= max.units * pow10(scale - max.scale);
}

/** price × size in quote atoms; exact. */
export function notional(spec: MarketSpec, priceAtoms: bigint, sizeAtoms: bigint): bigint {
  return priceAtoms * sizeAtoms * spec.notionalFactor;
}

export function formatPrice(spec: MarketSpec, priceAtoms: bigint): string {
  return formatScaled(priceAtoms, spec.priceScale);
}

export function formatSize(spec: MarketSpec, sizeAtoms: bigint): string {
  return formatScaled(sizeAtoms, spec.sizeScale);
}

export function formatQuote(amount: bigint): string {
  return formatScaled(amount, QUOTE_SCALE);
}

/** Price implied by a quote amount over a size, in quote-scale precision (for average prices). */
export function averagePrice(spec: MarketSpec, quoteAmount: bigint, sizeAtoms: bigint): string {
  return formatQuote(divRound(quoteAmount * pow10(spec.sizeScale), sizeAtoms, "half-even"));
}
