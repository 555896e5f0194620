import * as z from "zod";
import {
  decimal,
  lenientEnum,
  optionalBoolean,
  optionalDecimal,
  optionalString,
  optionalTimestampMs,
  safeInteger,
  withRaw,
} from "./primitives.js";

const deleverageLevel = z.object({ level: safeInteger, rankingLowerBound: decimal });

/** ADL ranking thresholds per side (levels 1..4). */
export const deleverageLevels = z.object({
  shortPositions: z.array(deleverageLevel),
  longPositions: z.array(deleverageLevel),
});

/** GET /info/markets/{market}/stats (also embedded in each market). */
export const marketStats = z.object({
  dailyVolume: decimal,
  dailyVolumeBase: decimal,
  /** Live values are fractions ("0.0024" = 0.24 %). */
  dailyPriceChange: decimal,
  dailyPriceChangePercentage: optionalDecimal,
  dailyLow: decimal,
  dailyHigh: decimal,
  lastPrice: decimal,
  askPrice: decimal,
  bidPrice: decimal,
  markPrice: decimal,
  indexPrice: decimal,
  /** Current 1-hour funding rate, recalculated every minute and applied hourly. */
  fundingRate: decimal,
  /** Time of the next funding payment, epoch ms. */
  nextFundingRate: optionalTimestampMs,
  openInterest: decimal,
  openInterestBase: decimal,
  deleverageLevels: deleverageLevels.optional(),
});
export type MarketStats = z.output<typeof marketStats>;

export const riskFactorConfig = z.object({
  upperBound: decimal,
  riskFactor: decimal,
  isAvailableForUsers: optionalBoolean,
});

export const tradingConfig = z.object({
  minOrderSize: decimal,
  minOrderSizeChange: decimal,
  minPriceChange: decimal,
  maxMarketOrderValue: decimal,
  maxLimitOrderValue: decimal,
  maxPositionValue: decimal,
  maxLeverage: decimal,
  maxNumOrders: safeInteger,
  limitPriceCap: decimal,
  limitPriceFloor: decimal,
  hourlyFundingRateCap: optionalDecimal,
  riskFactorConfig: z.array(riskFactorConfig),
});
export type TradingConfig = z.output<typeof tradingConfig>;

const HEX = /^0x[0-9a-fA-F]+$/;

/** Settlement asset ids and resolutions: the inputs of every order signature for the market. */
export const l2Config = z.object({
  type: z.string(),
  collateralId: z.string().regex(HEX),
  collateralResolution: safeInteger,
  syntheticId: z.string().regex(HEX),
  syntheticResolution: safeInteger,
});
export type L2Config = z.output<typeof l2Config>;

export const MARKET_STATUSES = [
  "ACTIVE",
  "REDUCE_ONLY",
  "DELISTED",
  "PRELISTED",
  "DISABLED",
  "UNKNOWN",
] as const;

/** GET /info/markets item. */
export const market = withRaw({
  name: z.string(),
  uiName: optionalString,
  category: optionalString,
  subCategory: optionalString,
  description: optionalString,
  type: optionalString,
  assetName: z.string(),
  assetPrecision: safeInteger,
  collateralAssetName: z.string(),
  collateralAssetPrecision: safeInteger,
  active: z.boolean(),
  status: lenientEnum(MARKET_STATUSES, "UNKNOWN"),
  isRfq: optionalBoolean,
  isOffHours: optionalBoolean,
  tradingHours: optionalString,
  visibleOnUi: optionalBoolean,
  createdAt: optionalTimestampMs,
  marketStats: marketStats,
  tradingConfig: tradingConfig,
  l2Config: l2Config,
});
export type Market = z.output<typeof market>;
