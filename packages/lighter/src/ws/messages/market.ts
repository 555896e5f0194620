import { type BookLevel, isDecimalString, ValidationError } from "@perp/core";
import { isSnapshotFrame } from "../channels.js";
import {
  collectItems,
  decimalField,
  integerField,
  isObject,
  type JsonObject,
  optionalBoolean,
  optionalDecimal,
  optionalInteger,
  optionalString,
  smallIntegerField,
  toMilliseconds,
} from "./fields.js";

/** A public trade of the `trade/{MARKET}` channel. */
export interface LighterTrade {
  /** `trade_id`, exact. */
  id: string;
  marketId: number;
  price: string;
  size: string;
  /** The taker's side: "buy" when the maker was the ask. */
  side: "buy" | "sell";
  /** `trade`, `liquidation`, `deleverage`, `market-settlement` (the venue's `type`). */
  kind: string | undefined;
  usdAmount: string | undefined;
  askOrderId: string | undefined;
  bidOrderId: string | undefined;
  askAccountId: string | undefined;
  bidAccountId: string | undefined;
  isMakerAsk: boolean;
  /** ms since the epoch. */
  timestamp: number;
  txHash: string | undefined;
  /** True for trades of the `subscribed/trade` frame (recent history, not new prints). */
  snapshot: boolean;
  info: JsonObject;
}

/** Best bid and offer of the `ticker/{MARKET}` channel. */
export interface LighterTicker {
  marketId: number;
  bestBid: BookLevel | undefined;
  bestAsk: BookLevel | undefined;
  timestamp: number | undefined;
  info: JsonObject;
}

/** One market of the `market_stats/{MARKET|all}` channel. Prices are decimal strings. */
export interface LighterMarketStats {
  marketId: number;
  markPrice: string | undefined;
  indexPrice: string | undefined;
  lastTradePrice: string | undefined;
  openInterest: string | undefined;
  /** The running interval's rate as the venue prints it (see toFundingRate for the unit). */
  currentFundingRate: string | undefined;
  /** The last settled rate as the venue prints it. */
  fundingRate: string | undefined;
  /** `funding_timestamp`, ms. */
  fundingTimestamp: number | undefined;
  /** Daily statistics: the venue sends JSON floats; they are given here as decimal text. */
  dailyBaseVolume: string | undefined;
  dailyQuoteVolume: string | undefined;
  dailyLow: string | undefined;
  dailyHigh: string | undefined;
  /** Daily price change in percent. */
  dailyChangePercent: string | undefined;
  timestamp: number | undefined;
  info: JsonObject;
}

/** A candle of `candle/{MARKET}/{RES}` (or `mark_price_candle`). */
export interface LighterCandle {
  marketId: number;
  resolution: string;
  /** Start of the candle, ms. */
  openTime: number;
  open: string;
  high: string;
  low: string;
  close: string;
  baseVolume: string | undefined;
  quoteVolume: string | undefined;
  info: JsonObject;
}

export interface LighterHeight {
  height: bigint;
  timestamp: number | undefined;
}

function idText(source: JsonObject, stringField: string, intField: string): string | undefined {
  const text = optionalString(source, stringField);
  if (text !== undefined && text !== "") return text;
  return optionalInteger(source, intField)?.toString();
}

function frameTimestamp(frame: JsonObject): number | undefined {
  const value = optionalInteger(frame, "timestamp");
  return value === undefined ? undefined : toMilliseconds(value);
}

/** JSON floats as decimal text without exponent (statistics only; prices on books are strings). */
export function floatText(source: JsonObject, field: string): string | undefined {
  const value = source[field];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return optionalDecimal(source, field);
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ValidationError(`Lighter stream field "${field}" must be a number`, { venue: "lighter" });
  }
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(20).replace(/\.?0+$/, "");
  return isDecimalString(fixed) ? fixed : undefined;
}

/** Reads one venue Trade object (public and account channels share it). */
export function parseTrade(item: JsonObject, snapshot: boolean): LighterTrade {
  const isMakerAsk = optionalBoolean(item, "is_maker_ask") ?? false;
  const timestamp = optionalInteger(item, "timestamp") ?? optionalInteger(item, "transaction_time") ?? 0n;
  return {
    id: idText(item, "trade_id_str", "trade_id") ?? String(integerField(item, "trade_id")),
    marketId: smallIntegerField(item, "market_id"),
    price: decimalField(item, "price"),
    size: decimalField(item, "size"),
    side: isMakerAsk ? "buy" : "sell",
    kind: optionalString(item, "type"),
    usdAmount: optionalDecimal(item, "usd_amount"),
    askOrderId: idText(item, "ask_id_str", "ask_id"),
    bidOrderId: idText(item, "bid_id_str", "bid_id"),
    askAccountId: optionalInteger(item, "ask_account_id")?.toString(),
    bidAccountId: optionalInteger(item, "bid_account_id")?.toString(),
    isMakerAsk,
    timestamp: toMilliseconds(timestamp),
    txHash: optionalString(item, "tx_hash"),
    snapshot,
    info: item,
  };
}

/** Reads a `trade` frame: its `trades` and, when present, `liquidation_trades`. */
export function parseTradesMessage(message: unknown): LighterTrade[] {
  const frame = message as JsonObject;
  const snapshot = isSnapshotFrame(frame);
  return [
    ...collectItems(frame.trades, "trades"),
    ...collectItems(frame.liquidation_trades, "liquidation_trades"),
  ].map((item) => parseTrade(item, snapshot));
}

function level(source: JsonObject, ...fields: string[]): BookLevel | undefined {
  for (const field of fields) {
    const value = source[field];
    if (isObject(value)) return { price: decimalField(value, "price"), size: decimalField(value, "size") };
  }
  return undefined;
}

/**
 * Reads a `ticker` frame. The payload shape is not in the official mirror; this reads the
 * `{ a: {price, size}, b: {price, size} }` form and keeps the raw object in `info`.
 */
export function parseTickerMessage(message: unknown, marketId: number): LighterTicker {
  const frame = message as JsonObject;
  const ticker = frame.ticker;
  if (!isObject(ticker)) {
    throw new ValidationError('Lighter ticker frame has no "ticker" object', { venue: "lighter" });
  }
  return {
    marketId,
    bestBid: level(ticker, "b", "bid", "best_bid"),
    bestAsk: level(ticker, "a", "ask", "best_ask"),
    timestamp: frameTimestamp(frame),
    info: ticker,
  };
}

function parseStats(item: JsonObject, timestamp: number | undefined): LighterMarketStats {
  const fundingTimestamp = optionalInteger(item, "funding_timestamp");
  return {
    marketId: smallIntegerField(item, "market_id"),
    markPrice: optionalDecimal(item, "mark_price"),
    indexPrice: optionalDecimal(item, "index_price"),
    lastTradePrice: optionalDecimal(item, "last_trade_price"),
    openInterest: optionalDecimal(item, "open_interest"),
    currentFundingRate: floatText(item, "current_funding_rate"),
    fundingRate: floatText(item, "funding_rate"),
    fundingTimestamp: fundingTimestamp === undefined ? undefined : toMilliseconds(fundingTimestamp),
    dailyBaseVolume: floatText(item, "daily_base_token_volume"),
    dailyQuoteVolume: floatText(item, "daily_quote_token_volume"),
    dailyLow: floatText(item, "daily_price_low"),
    dailyHigh: floatText(item, "daily_price_high"),
    dailyChangePercent: floatText(item, "daily_price_change"),
    timestamp,
    info: item,
  };
}

/** Reads a `market_stats` frame: one market, or every market for `market_stats/all`. */
export function parseMarketStatsMessage(message: unknown, field = "market_stats"): LighterMarketStats[] {
  const frame = message as JsonObject;
  const payload = frame[field];
  if (!isObject(payload)) {
    throw new ValidationError(`Lighter frame has no "${field}" object`, { venue: "lighter" });
  }
  const timestamp = frameTimestamp(frame);
  if ("market_id" in payload) return [parseStats(payload, timestamp)];
  return collectItems(payload, field).map((item) => parseStats(item, timestamp));
}

function price(source: JsonObject, short: string, long: string): string {
  const value = floatText(source, short) ?? floatText(source, long);
  if (value === undefined) {
    throw new ValidationError(`Lighter candle has no "${short}"/"${long}"`, { venue: "lighter" });
  }
  return value;
}

/**
 * Reads a `candle` frame. Field names follow the REST `Candle` (`t,o,h,l,c,v,V`); the long
 * legacy names (`timestamp, open, …, volume0, volume1`) are accepted too [third-party shape].
 */
export function parseCandleMessage(message: unknown, marketId: number, resolution: string): LighterCandle[] {
  const frame = message as JsonObject;
  const payload = frame.candle ?? frame.candles ?? frame.candlesticks;
  const items =
    isObject(payload) && !Object.values(payload).some(isObject) ? [payload] : collectItems(payload, "candle");
  return items.map((item) => {
    const start = optionalInteger(item, "t") ?? optionalInteger(item, "timestamp");
    if (start === undefined) {
      throw new ValidationError('Lighter candle has no "t"/"timestamp"', { venue: "lighter" });
    }
    return {
      marketId,
      resolution: optionalString(frame, "resolution") ?? resolution,
      openTime: toMilliseconds(start),
      open: price(item, "o", "open"),
      high: price(item, "h", "high"),
      low: price(item, "l", "low"),
      close: price(item, "c", "close"),
      baseVolume: floatText(item, "v") ?? floatText(item, "volume0"),
      quoteVolume: floatText(item, "V") ?? floatText(item, "volume1"),
      info: item,
    };
  });
}

export function parseHeightMessage(message: unknown): LighterHeight {
  const frame = message as JsonObject;
  return { height: integerField(frame, "height"), timestamp: frameTimestamp(frame) };
}
