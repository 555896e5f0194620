import * as z from "zod";
import {
  decimal,
  integerId,
  lenientEnum,
  optionalBoolean,
  optionalDecimal,
  optionalSafeInteger,
  optionalString,
  optionalTimestampMs,
  safeInteger,
  side,
  timestampMs,
} from "./primitives.js";

const bookLevel = z.object({ qty: decimal, price: decimal });

/** GET /info/markets/{market}/orderbook: full book, both sides best-first, no sequence number. */
export const orderBook = z.object({
  market: z.string(),
  bid: z.array(bookLevel),
  ask: z.array(bookLevel),
});
export type OrderBook = z.output<typeof orderBook>;

export const TRADE_TYPES = ["TRADE", "LIQUIDATION", "DELEVERAGE", "UNKNOWN"] as const;
export const tradeType = lenientEnum(TRADE_TYPES, "UNKNOWN");

/** GET /info/markets/{market}/trades item (short wire names kept readable). */
export const publicTrade = z
  .object({ i: integerId, m: z.string(), S: side, tT: tradeType, T: timestampMs, p: decimal, q: decimal })
  .transform((t) => ({
    id: t.i,
    market: t.m,
    /** Taker side. */
    side: t.S,
    tradeType: t.tT,
    time: t.T,
    price: t.p,
    qty: t.q,
  }));
export type PublicTrade = z.output<typeof publicTrade>;

/** GET /info/candles/... item; `volume` only for trade candles. */
export const candle = z
  .object({
    o: decimal,
    l: decimal,
    h: decimal,
    c: decimal,
    v: optionalDecimal,
    T: timestampMs,
  })
  .transform((c) => ({ open: c.o, low: c.l, high: c.h, close: c.c, volume: c.v, time: c.T }));
export type Candle = z.output<typeof candle>;

/** GET /info/{market}/funding item: the applied 1-hour rate. */
export const fundingRate = z
  .object({ m: z.string(), T: timestampMs, f: decimal })
  .transform((f) => ({ market: f.m, time: f.T, fundingRate: f.f }));
export type FundingRate = z.output<typeof fundingRate>;

/** GET /info/{market}/open-interests item. */
export const openInterest = z
  .object({ i: decimal, I: decimal, t: timestampMs })
  .transform((o) => ({ openInterest: o.i, openInterestBase: o.I, time: o.t }));
export type OpenInterest = z.output<typeof openInterest>;

/** GET /info/assets item. */
export const asset = z.object({
  id: integerId,
  name: z.string(),
  symbol: optionalString,
  precision: safeInteger,
  isActive: optionalBoolean,
  isCollateral: optionalBoolean,
  starkexId: optionalString,
  starkexResolution: optionalSafeInteger,
  l1Id: optionalString,
  l1Resolution: optionalSafeInteger,
  version: optionalSafeInteger,
  type: optionalString,
  canBeUsedAsCollateral: optionalBoolean,
  createdAt: optionalTimestampMs,
  riskFactors: z.unknown().optional(),
  availableForTradeFactors: z.unknown().optional(),
});
export type Asset = z.output<typeof asset>;

/** GET /info/starknet: the SNIP-12 domain orders are signed under. */
export const starknetDomain = z.object({
  name: z.string(),
  version: z.string(),
  chainId: z.string(),
  /** The API sends a number (some SDKs keep "1"); always an integer here. */
  revision: safeInteger,
});

/** GET /info/settings. */
export const settings = z.object({ starkExContractAddress: z.string() });
export type Settings = z.output<typeof settings>;

/** JSON object whose fields the reference does not pin down; kept as received. */
export const jsonObject = z.record(z.string(), z.unknown());
export type JsonObject = z.output<typeof jsonObject>;

/** GET /info/builder/dashboard: per-builder totals and daily rows (field set not documented). */
export const builderDashboard = z.object({
  total: z.array(jsonObject),
  daily: z.array(jsonObject),
});
export type BuilderDashboard = z.output<typeof builderDashboard>;

/** Public vault endpoints: the reference lists them without a field set, so data is passed through. */
export const untypedData = z.unknown();
