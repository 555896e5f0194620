/** Market metadata, books, trades, candles and funding (public market-data endpoints). */
import * as z from "zod/mini";
import {
  bool,
  decimal,
  envelope,
  int,
  int64,
  list,
  map,
  nextCursor,
  openEnum,
  opt,
  text,
} from "./primitives.js";

const orderBookFields = {
  symbol: text,
  market_id: int,
  market_type: opt(openEnum(["perp", "spot"])),
  base_asset_id: opt(int),
  quote_asset_id: opt(int),
  status: openEnum(["inactive", "active"]),
  taker_fee: opt(decimal),
  maker_fee: opt(decimal),
  liquidation_fee: opt(decimal),
  is_taker_fee_enabled: opt(bool),
  is_maker_fee_enabled: opt(bool),
  min_base_amount: decimal,
  min_quote_amount: decimal,
  order_quote_limit: opt(decimal),
  supported_size_decimals: int,
  supported_price_decimals: int,
  supported_quote_decimals: opt(int),
  created_at: opt(text),
  multiplier: opt(decimal),
};

/** `orderBooks` entry: one market's trading rules. */
export const OrderBook = z.object(orderBookFields);
export type OrderBook = z.output<typeof OrderBook>;

export const OrderBooks = z.object({ ...envelope, order_books: list(OrderBook) });
export type OrderBooks = z.output<typeof OrderBooks>;

export const MarketConfig = z.object({
  market_margin_mode: opt(int),
  insurance_fund_account_index: opt(int),
  liquidation_mode: opt(int),
  force_reduce_only: opt(bool),
  trading_hours: opt(text),
  funding_fee_discounts_enabled: opt(bool),
  hidden: opt(bool),
  rfq_enabled: opt(bool),
});

const dailyStats = {
  last_trade_price: opt(decimal),
  daily_trades_count: opt(int),
  daily_base_token_volume: opt(decimal),
  daily_quote_token_volume: opt(decimal),
  daily_price_low: opt(decimal),
  daily_price_high: opt(decimal),
  daily_price_change: opt(decimal),
  /** Timestamp (as text) → price, for the sparkline. */
  daily_chart: map(decimal),
};

/**
 * A perpetual market with the scaling it signs with: `size_decimals` / `price_decimals` turn
 * display units into the integers of a CreateOrder (see toLighterSize / toLighterPrice).
 */
export const PerpsOrderBookDetail = z.object({
  ...orderBookFields,
  ...dailyStats,
  size_decimals: int,
  price_decimals: int,
  quote_multiplier: opt(int64),
  /** Margin fractions are in 1e-4 units (MarginFractionTick = 10 000). */
  default_initial_margin_fraction: opt(int),
  min_initial_margin_fraction: opt(int),
  maintenance_margin_fraction: opt(int),
  closeout_margin_fraction: opt(int),
  mark_price: opt(decimal),
  index_price: opt(decimal),
  open_interest: opt(decimal),
  market_config: opt(MarketConfig),
  strategy_index: opt(int),
  market_flags: opt(int),
  funding_premium_multiplier: opt(decimal),
  funding_clamp_small: opt(decimal),
  funding_clamp_big: opt(decimal),
  base_interest_rate: opt(decimal),
});
export type PerpsOrderBookDetail = z.output<typeof PerpsOrderBookDetail>;

export const SpotOrderBookDetail = z.object({
  ...orderBookFields,
  ...dailyStats,
  size_decimals: int,
  price_decimals: int,
});
export type SpotOrderBookDetail = z.output<typeof SpotOrderBookDetail>;

export const OrderBookDetails = z.object({
  ...envelope,
  order_book_details: list(PerpsOrderBookDetail),
  spot_order_book_details: list(SpotOrderBookDetail),
});
export type OrderBookDetails = z.output<typeof OrderBookDetails>;

/** A resting order as shown in the public book. */
export const SimpleOrder = z.object({
  order_index: int64,
  order_id: opt(int64),
  owner_account_index: int,
  initial_base_amount: decimal,
  remaining_base_amount: decimal,
  price: decimal,
  order_expiry: opt(int),
  transaction_time: opt(int),
});
export type SimpleOrder = z.output<typeof SimpleOrder>;

export const OrderBookOrders = z.object({
  ...envelope,
  total_asks: int,
  asks: list(SimpleOrder),
  total_bids: int,
  bids: list(SimpleOrder),
});
export type OrderBookOrders = z.output<typeof OrderBookOrders>;

/**
 * A fill. Ids are exact strings: `ask_id`/`bid_id` are order indexes up to 2^60 (the `_str`
 * twins are preferred when present). Fees are integer 1e-6 fractions (FeeTick).
 */
export const Trade = z.object({
  trade_id: int64,
  trade_id_str: opt(text),
  tx_hash: text,
  type: openEnum(["trade", "liquidation", "deleverage", "market-settlement"]),
  market_id: int,
  size: decimal,
  price: decimal,
  usd_amount: opt(decimal),
  ask_id: int64,
  ask_id_str: opt(text),
  bid_id: int64,
  bid_id_str: opt(text),
  ask_client_id: opt(int64),
  ask_client_id_str: opt(text),
  bid_client_id: opt(int64),
  bid_client_id_str: opt(text),
  ask_account_id: int,
  bid_account_id: int,
  is_maker_ask: bool,
  block_height: opt(int),
  timestamp: int,
  taker_fee: opt(int),
  maker_fee: opt(int),
  taker_position_size_before: opt(decimal),
  taker_entry_quote_before: opt(decimal),
  taker_initial_margin_fraction_before: opt(int),
  taker_position_sign_changed: opt(bool),
  maker_position_size_before: opt(decimal),
  maker_entry_quote_before: opt(decimal),
  maker_initial_margin_fraction_before: opt(int),
  maker_position_sign_changed: opt(bool),
  transaction_time: opt(int),
  ask_account_pnl: opt(decimal),
  bid_account_pnl: opt(decimal),
  integrator_taker_fee: opt(int),
  integrator_taker_fee_collector_index: opt(int),
  integrator_maker_fee: opt(int),
  integrator_maker_fee_collector_index: opt(int),
  taker_allocated_margin_usdc_before: opt(decimal),
  taker_allocated_margin_usdc_after: opt(decimal),
  maker_allocated_margin_usdc_before: opt(decimal),
  maker_allocated_margin_usdc_after: opt(decimal),
});
export type Trade = z.output<typeof Trade>;

export const Trades = z.object({ ...envelope, next_cursor: nextCursor, trades: list(Trade) });
export type Trades = z.output<typeof Trades>;

/**
 * Candle of the new `candles` endpoint. The letters are read as the short form of the legacy
 * candlestick fields (o/h/l/c prices, O/H/L/C raw, v/V base/quote volume, i last trade id);
 * the reference marks that reading as inferred.
 */
export const Candle = z.object({
  t: int,
  o: decimal,
  h: decimal,
  l: decimal,
  c: decimal,
  O: opt(decimal),
  H: opt(decimal),
  L: opt(decimal),
  C: opt(decimal),
  v: opt(decimal),
  V: opt(decimal),
  i: opt(int64),
});
export type Candle = z.output<typeof Candle>;

export const Candles = z.object({ ...envelope, r: opt(text), c: list(Candle) });
export type Candles = z.output<typeof Candles>;

/** Legacy `candlesticks` entry. */
export const Candlestick = z.object({
  timestamp: int,
  open: decimal,
  high: decimal,
  low: decimal,
  close: decimal,
  open_raw: opt(decimal),
  high_raw: opt(decimal),
  low_raw: opt(decimal),
  close_raw: opt(decimal),
  volume0: opt(decimal),
  volume1: opt(decimal),
  last_trade_id: opt(int64),
  trade_count: opt(int),
});
export type Candlestick = z.output<typeof Candlestick>;

export const Candlesticks = z.object({ ...envelope, resolution: opt(text), candlesticks: list(Candlestick) });
export type Candlesticks = z.output<typeof Candlesticks>;

/** Mark-price candle: t, o/h/l/c and `sc` (sample count). */
export const MarkPriceCandle = z.object({
  t: int,
  o: decimal,
  h: decimal,
  l: decimal,
  c: decimal,
  sc: opt(int),
});
export type MarkPriceCandle = z.output<typeof MarkPriceCandle>;

export const MarkPriceCandles = z.object({ ...envelope, r: opt(text), c: list(MarkPriceCandle) });
export type MarkPriceCandles = z.output<typeof MarkPriceCandles>;

export const Funding = z.object({
  timestamp: int,
  value: decimal,
  rate: decimal,
  direction: openEnum(["long", "short"]),
});
export type Funding = z.output<typeof Funding>;

export const Fundings = z.object({ ...envelope, resolution: opt(text), fundings: list(Funding) });
export type Fundings = z.output<typeof Fundings>;

export const FundingRate = z.object({
  market_id: int,
  exchange: openEnum(["binance", "bybit", "hyperliquid", "lighter"]),
  symbol: text,
  rate: decimal,
});
export type FundingRate = z.output<typeof FundingRate>;

export const FundingRates = z.object({ ...envelope, funding_rates: list(FundingRate) });
export type FundingRates = z.output<typeof FundingRates>;

export const OrderBookStats = z.object({
  symbol: text,
  last_trade_price: opt(decimal),
  daily_trades_count: opt(int),
  daily_base_token_volume: opt(decimal),
  daily_quote_token_volume: opt(decimal),
  daily_price_change: opt(decimal),
});

export const ExchangeStats = z.object({
  ...envelope,
  total: opt(int),
  order_book_stats: list(OrderBookStats),
  daily_usd_volume: opt(decimal),
  daily_trades_count: opt(int),
});
export type ExchangeStats = z.output<typeof ExchangeStats>;

/** An asset (collateral or spot token) with its precisions and risk parameters. */
export const Asset = z.object({
  asset_id: int,
  symbol: text,
  l1_decimals: opt(int),
  decimals: int,
  min_transfer_amount: opt(decimal),
  min_withdrawal_amount: opt(decimal),
  margin_mode: opt(openEnum(["enabled", "disabled"])),
  index_price: opt(decimal),
  price_decimals: opt(int),
  l1_address: opt(text),
  loan_to_value: opt(decimal),
  liquidation_threshold: opt(decimal),
  liquidation_factor: opt(decimal),
  liquidation_fee: opt(decimal),
  global_supply_cap: opt(decimal),
  user_supply_cap: opt(decimal),
  total_supplied: opt(decimal),
  multiplier: opt(decimal),
});
export type Asset = z.output<typeof Asset>;

export const AssetDetails = z.object({ ...envelope, asset_details: list(Asset) });
export type AssetDetails = z.output<typeof AssetDetails>;

/** A book level in display units (decimal strings). */
export const PriceLevel = z.object({ price: decimal, size: decimal });
export type PriceLevel = z.output<typeof PriceLevel>;
