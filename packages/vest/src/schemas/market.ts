import * as z from "zod/mini";
import { decimal, epochMillis, id, nullableDecimal, safeInteger, symbolStatus } from "./primitives.js";

/**
 * One market of `GET /exchangeInfo`. Kept loose: the v3 gateway adds fields (tickSizes,
 * minTickSize, makerFee, …) that callers may want, and they must not break parsing.
 */
export const symbolInfo = z.looseObject({
  symbol: z.string(),
  displayName: z.optional(z.string()),
  base: z.string(),
  quote: z.string(),
  /** Size step and minimum size are both 10^-sizeDecimals. */
  sizeDecimals: safeInteger,
  priceDecimals: safeInteger,
  initMarginRatio: decimal,
  maintMarginRatio: decimal,
  takerFee: decimal,
  isolated: z.optional(z.boolean()),
});
export type VestSymbolInfo = z.infer<typeof symbolInfo>;

export const exchangeInfo = z.object({
  symbols: z.array(symbolInfo),
  exchange: z.object({
    lp: decimal,
    insurance: decimal,
    collateralDecimals: safeInteger,
  }),
});
export type VestExchangeInfo = z.infer<typeof exchangeInfo>;

/** `GET /ticker/latest` row. Funding is hourly: `oneHrFundingRate` is a per-hour rate. */
export const latestTicker = z.object({
  symbol: z.string(),
  markPrice: decimal,
  indexPrice: decimal,
  imbalance: decimal,
  oneHrFundingRate: decimal,
  /** Cumulative funding index; positions carry `entryFunding` against it. */
  cumFunding: decimal,
  status: symbolStatus,
});
export type VestLatestTicker = z.infer<typeof latestTicker>;

export const latestTickers = z.object({ tickers: z.array(latestTicker) });

/** `GET /ticker/24hr` row. A third party saw null price changes, so those are nullable. */
export const dayTicker = z.object({
  symbol: z.string(),
  openPrice: nullableDecimal,
  closePrice: nullableDecimal,
  highPrice: nullableDecimal,
  lowPrice: nullableDecimal,
  quoteVolume: nullableDecimal,
  volume: nullableDecimal,
  /** Measured from the previous day's close. */
  priceChange: nullableDecimal,
  priceChangePercent: nullableDecimal,
  openTime: epochMillis,
  closeTime: epochMillis,
});
export type VestDayTicker = z.infer<typeof dayTicker>;

export const dayTickers = z.object({ tickers: z.array(dayTicker) });

export const fundingRate = z.object({
  symbol: z.string(),
  time: epochMillis,
  oneHrFundingRate: decimal,
});
export type VestFundingRate = z.infer<typeof fundingRate>;

export const fundingHistory = z.array(fundingRate);

/** `GET /klines` row: `[openTime, open, high, low, close, closeTime, volume, quoteVolume, numTrades]`. */
export const kline = z.pipe(
  z.tuple(
    [
      epochMillis,
      decimal,
      decimal,
      decimal,
      decimal,
      epochMillis,
      decimal,
      decimal,
      // REST sends a number, the WS stream a string.
      safeInteger,
    ],
    z.unknown(),
  ),
  z.transform(([openTime, open, high, low, close, closeTime, volume, quoteVolume, numTrades]) => ({
    openTime,
    open,
    high,
    low,
    close,
    closeTime,
    volume,
    quoteVolume,
    numTrades,
  })),
);
export type VestKline = z.infer<typeof kline>;

export const klines = z.array(kline);

/**
 * `GET /trades` row. Ids are numbers in the docs and strings elsewhere, so they are strings here.
 * v2 has no `side`; one client reads a negative `qty` as a sell (unverified), so qty keeps its sign.
 */
export const trade = z.object({
  id,
  price: decimal,
  qty: decimal,
  quoteQty: decimal,
  time: epochMillis,
});
export type VestTrade = z.infer<typeof trade>;

export const trades = z.array(trade);

const level = z.pipe(
  z.tuple([decimal, decimal], z.unknown()),
  z.transform(([price, size]): [price: string, size: string] => [price, size]),
);
export type VestDepthLevel = z.infer<typeof level>;

/** `GET /depth`: `[price, size]` levels; no sequence number, id or timestamp exists. */
export const depth = z.object({ bids: z.array(level), asks: z.array(level) });
export type VestDepth = z.infer<typeof depth>;
