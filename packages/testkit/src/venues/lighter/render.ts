import Big from "big.js";
import type { BalanceView, BookLevel, Engine, OrderView, PositionView } from "../../engine/index.js";
import type { LighterMarketConfig } from "./markets.js";
import type { LighterAccount, OrderMeta, TradeRecord, TxRecord } from "./state.js";

/** Lighter renders USDC amounts with 6 decimals. */
export function usdc(value: string | Big): string {
  return new Big(value).toFixed(6, Big.roundDown);
}

export function sizeText(m: LighterMarketConfig, value: string | Big): string {
  return new Big(value).abs().toFixed(m.sizeDecimals, Big.roundDown);
}

export function priceText(m: LighterMarketConfig, value: string | Big): string {
  return new Big(value).toFixed(m.priceDecimals, Big.roundHalfEven);
}

/** Display value -> signed-tx integer (value × 10^decimals). */
export function toUnits(value: string, decimals: number): bigint {
  return BigInt(new Big(value).times(new Big(10).pow(decimals)).toFixed(0, Big.roundDown));
}

/** Signed-tx integer -> display value with exactly `decimals` places. */
export function fromUnits(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/** Rates as fractions -> Lighter fee ticks (1e-6). */
export function feeTicks(rate: string): number {
  return new Big(rate).times(1_000_000).round(0, Big.roundHalfEven).toNumber();
}

export function bookLevels(m: LighterMarketConfig, levels: readonly BookLevel[]) {
  return levels.map((l) => ({ price: priceText(m, l.price), size: sizeText(m, l.size) }));
}

/** Lighter's order status for an engine order (plus the status recorded when it finished). */
export function orderStatus(meta: OrderMeta): string {
  switch (meta.view.status) {
    case "untriggered":
      return "pending";
    case "open":
    case "partially-filled":
      return "open";
    case "filled":
      return "filled";
    case "expired":
      return "canceled-expired";
    default:
      return meta.finalStatus ?? "canceled";
  }
}

function triggerStatus(meta: OrderMeta): string {
  if (meta.triggerPrice === "0") return "na";
  return meta.view.status === "untriggered" ? "mark-price" : "ready";
}

export function renderOrder(m: LighterMarketConfig, meta: OrderMeta) {
  const view: OrderView = meta.view;
  const isAsk = view.side === "sell";
  const live = view.status === "open" || view.status === "partially-filled" || view.status === "untriggered";
  const remaining = live ? view.remainingSize : "0";
  return {
    order_index: meta.orderIndex,
    client_order_index: meta.clientOrderIndex,
    order_id: meta.orderIndex.toString(),
    client_order_id: meta.clientOrderIndex.toString(),
    market_index: meta.marketId,
    owner_account_index: meta.accountIndex,
    initial_base_amount: sizeText(m, view.size),
    price: priceText(m, view.price),
    nonce: meta.nonce,
    remaining_base_amount: sizeText(m, remaining),
    is_ask: isAsk,
    base_size: toUnits(remaining, m.sizeDecimals),
    base_price: Number(toUnits(view.price, m.priceDecimals)),
    filled_base_amount: sizeText(m, view.filledSize),
    filled_quote_amount: usdc(meta.filledQuote),
    side: isAsk ? "ask" : "bid",
    type: meta.type,
    time_in_force: meta.timeInForce,
    reduce_only: view.reduceOnly,
    trigger_price: meta.triggerPrice === "0" ? "0" : priceText(m, meta.triggerPrice),
    order_expiry: meta.orderExpiry,
    status: orderStatus(meta),
    trigger_status: triggerStatus(meta),
    trigger_time: 0,
    parent_order_index: 0,
    parent_order_id: "0",
    to_trigger_order_id_0: "0",
    to_trigger_order_id_1: "0",
    to_cancel_order_id_0: "0",
    integrator_fee_collector_index: "0",
    integrator_taker_fee: "0",
    integrator_maker_fee: "0",
    order_flags: 0,
    block_height: meta.blockHeight,
    timestamp: Math.floor(view.createdAt / 1000),
    created_at: view.createdAt,
    updated_at: view.updatedAt,
    transaction_time: view.updatedAt * 1000,
  };
}

export function renderTrade(m: LighterMarketConfig, r: TradeRecord) {
  const t = r.trade;
  return {
    trade_id: BigInt(t.id),
    trade_id_str: t.id,
    tx_hash: r.txHash,
    type: "trade",
    market_id: r.marketId,
    size: sizeText(m, t.size),
    price: priceText(m, t.price),
    usd_amount: usdc(new Big(t.price).times(t.size)),
    ask_id: r.askId,
    ask_id_str: r.askId.toString(),
    bid_id: r.bidId,
    bid_id_str: r.bidId.toString(),
    ask_client_id: r.askClientId,
    ask_client_id_str: r.askClientId.toString(),
    bid_client_id: r.bidClientId,
    bid_client_id_str: r.bidClientId.toString(),
    ask_account_id: r.askAccountId,
    bid_account_id: r.bidAccountId,
    is_maker_ask: r.isMakerAsk,
    block_height: r.blockHeight,
    timestamp: t.time,
    taker_fee: r.takerFeeTicks,
    maker_fee: r.makerFeeTicks,
    transaction_time: t.time * 1000,
  };
}

export function renderPosition(
  m: LighterMarketConfig,
  account: LighterAccount,
  position: PositionView | undefined,
  openOrders: readonly OrderView[],
) {
  const size = new Big(position?.size ?? "0");
  const fraction = account.marginFractions.get(m.marketId) ?? m.defaultInitialMarginFraction;
  const mine = openOrders.filter((o) => o.market === m.symbol);
  return {
    market_id: m.marketId,
    symbol: m.symbol,
    initial_margin_fraction: new Big(fraction).div(100).toFixed(2),
    open_order_count: mine.filter((o) => o.status !== "untriggered").length,
    pending_order_count: mine.filter((o) => o.status === "untriggered").length,
    position_tied_order_count: 0,
    sign: size.lt(0) ? -1 : 1,
    position: sizeText(m, size),
    avg_entry_price:
      position?.entryPrice === undefined ? "0" : new Big(position.entryPrice).toFixed(m.priceDecimals),
    position_value: usdc(position?.notional ?? "0"),
    unrealized_pnl: usdc(position?.unrealizedPnl ?? "0"),
    realized_pnl: usdc(position?.realizedPnl ?? "0"),
    liquidation_price: "0",
    total_funding_paid_out: usdc(new Big(position?.fundingPnl ?? "0").neg()),
    margin_mode: 0,
    margin_set_flag: account.marginFractions.has(m.marketId) ? 1 : 0,
    allocated_margin: "0.000000",
    total_discount: "0.000000",
  };
}

export function renderAsset(balance: BalanceView) {
  return {
    symbol: "USDC",
    asset_id: 3,
    balance: usdc(balance.balance),
    locked_balance: "0.000000",
    margin_mode: "enabled",
    margin_balance: usdc(balance.balance),
    multiplier: "1",
  };
}

/** `user_stats` and the balance part of `account`. */
export function renderStats(balance: BalanceView) {
  const equity = new Big(balance.equity);
  const margin = new Big(balance.initialMargin);
  return {
    collateral: usdc(balance.balance),
    portfolio_value: usdc(equity),
    leverage: equity.gt(0) ? margin.div(equity).toFixed(4) : "0.0000",
    available_balance: usdc(balance.availableForTrade),
    margin_usage: equity.gt(0) ? margin.div(equity).times(100).toFixed(2) : "0.00",
    buying_power: usdc(balance.availableForTrade),
  };
}

export function renderTx(tx: TxRecord) {
  return {
    hash: tx.hash,
    type: tx.type,
    info: tx.info,
    event_info: tx.eventInfo,
    status: tx.status,
    transaction_index: tx.sequenceIndex,
    l1_address: tx.l1Address,
    account_index: tx.accountIndex,
    nonce: tx.nonce,
    expire_at: tx.expireAt,
    block_height: tx.blockHeight,
    queued_at: tx.time,
    executed_at: tx.time,
    sequence_index: tx.sequenceIndex,
    parent_hash: "",
    api_key_index: tx.apiKeyIndex,
    transaction_time: tx.time * 1000,
    committed_at: tx.time,
    verified_at: tx.time,
  };
}

/** `orderBooks` row. */
export function renderOrderBook(m: LighterMarketConfig, createdAt: number) {
  return {
    symbol: m.symbol,
    market_id: m.marketId,
    market_type: "perp",
    base_asset_id: 0,
    quote_asset_id: 3,
    status: "active",
    taker_fee: new Big(m.takerFee).times(100).toFixed(4),
    maker_fee: new Big(m.makerFee).times(100).toFixed(4),
    is_taker_fee_enabled: true,
    is_maker_fee_enabled: true,
    liquidation_fee: new Big(m.liquidationFee ?? "0").times(100).toFixed(4),
    min_base_amount: m.minBaseAmount,
    min_quote_amount: m.minQuoteAmount,
    order_quote_limit: "",
    supported_size_decimals: m.sizeDecimals,
    supported_price_decimals: m.priceDecimals,
    supported_quote_decimals: m.sizeDecimals + m.priceDecimals,
    created_at: new Date(createdAt).toISOString(),
    multiplier: "1",
  };
}

export interface DailyStats {
  lastTradePrice: string;
  trades: number;
  baseVolume: Big;
  quoteVolume: Big;
  high: string;
  low: string;
  changePercent: number;
}

/** 24 h statistics of a market from its trade log. */
export function dailyStats(m: LighterMarketConfig, trades: readonly TradeRecord[], now: number): DailyStats {
  const since = now - 86_400_000;
  const recent = trades.filter((t) => t.trade.time >= since);
  let base = new Big(0);
  let quote = new Big(0);
  let high: Big | undefined;
  let low: Big | undefined;
  for (const r of recent) {
    const price = new Big(r.trade.price);
    base = base.plus(r.trade.size);
    quote = quote.plus(price.times(r.trade.size));
    if (high === undefined || price.gt(high)) high = price;
    if (low === undefined || price.lt(low)) low = price;
  }
  const last = trades.at(-1)?.trade.price;
  const first = recent[0]?.trade.price;
  return {
    lastTradePrice: last === undefined ? "0" : priceText(m, last),
    trades: recent.length,
    baseVolume: base,
    quoteVolume: quote,
    high: high === undefined ? "0" : priceText(m, high),
    low: low === undefined ? "0" : priceText(m, low),
    changePercent:
      first === undefined || last === undefined
        ? 0
        : new Big(last).minus(first).div(first).times(100).round(6).toNumber(),
  };
}

export function renderOrderBookDetail(
  engine: Engine,
  m: LighterMarketConfig,
  stats: DailyStats,
  createdAt: number,
) {
  const view = engine.market(m.symbol)!;
  return {
    ...renderOrderBook(m, createdAt),
    size_decimals: m.sizeDecimals,
    price_decimals: m.priceDecimals,
    quote_multiplier: 1,
    default_initial_margin_fraction: m.defaultInitialMarginFraction,
    min_initial_margin_fraction: m.minInitialMarginFraction,
    maintenance_margin_fraction: m.maintenanceMarginFraction,
    closeout_margin_fraction: m.closeoutMarginFraction,
    mark_price: priceText(m, view.markPrice),
    index_price: priceText(m, view.indexPrice),
    last_trade_price: Number(stats.lastTradePrice),
    daily_trades_count: stats.trades,
    daily_base_token_volume: stats.baseVolume.toNumber(),
    daily_quote_token_volume: stats.quoteVolume.toNumber(),
    daily_price_low: Number(stats.low),
    daily_price_high: Number(stats.high),
    daily_price_change: stats.changePercent,
    open_interest: 0,
    daily_chart: {},
    market_config: {
      market_margin_mode: 0,
      insurance_fund_account_index: 1,
      liquidation_mode: 0,
      force_reduce_only: false,
      trading_hours: "",
      funding_fee_discounts_enabled: false,
      hidden: false,
      rfq_enabled: false,
    },
    strategy_index: 0,
    market_flags: 0,
    funding_premium_multiplier: 1,
    funding_clamp_small: 0,
    funding_clamp_big: 0,
    base_interest_rate: 0,
  };
}
