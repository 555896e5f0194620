import { ValidationError } from "@perp/core";
import type { MarketConfig, MarketMakerConfig } from "../../engine/index.js";

/** One Extended perpetual market as the simulator serves it (`GET /info/markets`). */
export interface ExtendedMarketConfig {
  /** Market name, `<ASSET>-USD`. */
  name: string;
  assetName: string;
  /** Decimals of the base asset shown in `assetPrecision`. */
  assetPrecision: number;
  minOrderSize: string;
  minOrderSizeChange: string;
  minPriceChange: string;
  maxMarketOrderValue: string;
  maxLimitOrderValue: string;
  maxPositionValue: string;
  maxLeverage: string;
  maxNumOrders: number;
  /** Limit price band: buy ≤ mark × (1 + cap), sell ≥ mark × (1 − floor). */
  limitPriceCap: string;
  limitPriceFloor: string;
  /** Market orders: buy ≤ mark × (1 + band), sell ≥ mark × (1 − band). Extended documents 5 %. */
  marketOrderPriceBand: string;
  makerFeeRate: string;
  takerFeeRate: string;
  /** 1-hour funding rate, paid hourly. */
  fundingRate: string;
  markPrice: string;
  indexPrice?: string;
  /** Mark random walk per engine tick, in ticks. */
  priceWalkTicks?: number;
  marketMaker?: MarketMakerConfig | false;
  l2Config: {
    collateralId: string;
    collateralResolution: number;
    syntheticId: string;
    syntheticResolution: number;
  };
}

export const COLLATERAL_ID = "0x1";
export const COLLATERAL_RESOLUTION = 1_000_000;
export const FUNDING_INTERVAL_MS = 3_600_000;

/**
 * Synthetic asset id as Extended assigns them: the ASCII short string "<ASSET>-<decimals>" left-aligned
 * in 15 bytes (e.g. "BTC-6" → 0x4254432d3600000000000000000000).
 */
export function syntheticAssetId(asset: string, resolutionDecimals: number): string {
  const text = `${asset}-${resolutionDecimals}`;
  if (text.length > 15 || !/^[\x20-\x7e]+$/.test(text)) {
    throw new ValidationError(`synthetic id text "${text}" must be at most 15 ASCII characters`);
  }
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(2, "0");
  return `0x${hex.padEnd(30, "0")}`;
}

/** Defaults modelled on the live BTC-USD and ETH-USD markets (trading rules, l2Config shape, fees). */
export function defaultExtendedMarkets(): ExtendedMarketConfig[] {
  return [
    {
      name: "BTC-USD",
      assetName: "BTC",
      assetPrecision: 5,
      minOrderSize: "0.0001",
      minOrderSizeChange: "0.00001",
      minPriceChange: "1",
      maxMarketOrderValue: "5000000",
      maxLimitOrderValue: "25000000",
      maxPositionValue: "50000000",
      maxLeverage: "50",
      maxNumOrders: 200,
      limitPriceCap: "0.05",
      limitPriceFloor: "0.05",
      marketOrderPriceBand: "0.05",
      makerFeeRate: "0",
      takerFeeRate: "0.00025",
      fundingRate: "0.0000125",
      markPrice: "100000",
      marketMaker: { levels: 10, spacingTicks: 1, sizePerLevel: "0.05" },
      l2Config: {
        collateralId: COLLATERAL_ID,
        collateralResolution: COLLATERAL_RESOLUTION,
        syntheticId: syntheticAssetId("BTC", 6),
        syntheticResolution: 1_000_000,
      },
    },
    {
      name: "ETH-USD",
      assetName: "ETH",
      assetPrecision: 3,
      minOrderSize: "0.01",
      minOrderSizeChange: "0.001",
      minPriceChange: "0.1",
      maxMarketOrderValue: "3000000",
      maxLimitOrderValue: "15000000",
      maxPositionValue: "30000000",
      maxLeverage: "50",
      maxNumOrders: 200,
      limitPriceCap: "0.05",
      limitPriceFloor: "0.05",
      marketOrderPriceBand: "0.05",
      makerFeeRate: "0",
      takerFeeRate: "0.00025",
      fundingRate: "0.0000125",
      markPrice: "3500",
      marketMaker: { levels: 10, spacingTicks: 5, sizePerLevel: "1" },
      l2Config: {
        collateralId: COLLATERAL_ID,
        collateralResolution: COLLATERAL_RESOLUTION,
        syntheticId: syntheticAssetId("ETH", 4),
        syntheticResolution: 10_000,
      },
    },
  ];
}

/** The venue-neutral engine configuration of a market. */
export function engineMarketConfig(market: ExtendedMarketConfig): MarketConfig {
  return {
    symbol: market.name,
    tickSize: market.minPriceChange,
    stepSize: market.minOrderSizeChange,
    minSize: market.minOrderSize,
    maxLeverage: market.maxLeverage,
    makerFee: market.makerFeeRate,
    takerFee: market.takerFeeRate,
    fundingIntervalMs: FUNDING_INTERVAL_MS,
    fundingRate: market.fundingRate,
    markPrice: market.markPrice,
    ...(market.indexPrice === undefined ? {} : { indexPrice: market.indexPrice }),
    ...(market.priceWalkTicks === undefined ? {} : { priceWalkTicks: market.priceWalkTicks }),
    ...(market.marketMaker === undefined ? {} : { marketMaker: market.marketMaker }),
  };
}
