import Big from "big.js";
import type { Engine, PositionView, TradeView } from "../../engine/index.js";
import type { VestAccount } from "./accounts.js";
import type { Candle, CandleStore } from "./candles.js";
import { fixed, hexOfDecimal, jsonInteger, usdc } from "./format.js";
import type { FundingLog } from "./funding.js";
import type { VestMarket } from "./markets.js";

/** A market with the history the venue keeps for it. */
export interface MarketState {
  readonly market: VestMarket;
  readonly candles: CandleStore;
  readonly funding: FundingLog;
}

const DAY_MS = 86_400_000;
/** Cumulative funding carries 12 decimals on the wire ("1.230000000000"). */
const FUNDING_INDEX_DECIMALS = 12;

export function symbolInfo(state: MarketState) {
  const { market } = state;
  const c = market.config;
  return {
    symbol: c.symbol,
    displayName: c.displayName ?? c.symbol,
    base: c.base,
    quote: "USDC",
    sizeDecimals: market.sizeDecimals,
    priceDecimals: market.priceDecimals,
    initMarginRatio: c.initMarginRatio,
    maintMarginRatio: c.maintMarginRatio,
    takerFee: c.takerFee,
    isolated: c.isolated ?? false,
  };
}

/** Net position of the traders (not the house) in base units: the long/short imbalance. */
export function imbalance(engine: Engine, state: MarketState, traders: readonly VestAccount[]): string {
  let net = new Big(0);
  for (const account of traders) {
    const position = engine.position(account.id, state.market.symbol);
    if (position !== undefined) net = net.plus(position.size);
  }
  return fixed(net, state.market.sizeDecimals);
}

export function latestTicker(engine: Engine, state: MarketState, traders: readonly VestAccount[]) {
  const view = engine.market(state.market.symbol)!;
  return {
    symbol: view.symbol,
    markPrice: fixed(view.markPrice, state.market.priceDecimals),
    indexPrice: fixed(view.indexPrice, state.market.priceDecimals),
    imbalance: imbalance(engine, state, traders),
    oneHrFundingRate: view.fundingRate,
    cumFunding: fixed(state.funding.cumFunding, FUNDING_INDEX_DECIMALS),
    status: "TRADING",
  };
}

interface DayChange {
  readonly candle: Candle | undefined;
  readonly priceChange: string | null;
  readonly priceChangePercent: string | null;
}

function dayChange(state: MarketState, now: number): DayChange {
  const candle = state.candles.window(now - DAY_MS, now + 1);
  if (candle === undefined || candle.open.eq(0))
    return { candle, priceChange: null, priceChangePercent: null };
  const change = candle.close.minus(candle.open);
  return {
    candle,
    priceChange: fixed(change, state.market.priceDecimals),
    priceChangePercent: fixed(change.div(candle.open).times(100), 3),
  };
}

export function dayTicker(state: MarketState, now: number) {
  const { candle, priceChange, priceChangePercent } = dayChange(state, now);
  const price = (value: Big | undefined) =>
    value === undefined ? null : fixed(value, state.market.priceDecimals);
  return {
    symbol: state.market.symbol,
    openPrice: price(candle?.open),
    closePrice: price(candle?.close),
    highPrice: price(candle?.high),
    lowPrice: price(candle?.low),
    quoteVolume: usdc(candle?.quoteVolume ?? "0"),
    volume: fixed(candle?.volume ?? "0", state.market.sizeDecimals),
    priceChange,
    priceChangePercent,
    openTime: now - DAY_MS,
    closeTime: now,
  };
}

/** One element of the `tickers` channel. */
export function streamTicker(
  engine: Engine,
  state: MarketState,
  traders: readonly VestAccount[],
  now: number,
) {
  const latest = latestTicker(engine, state, traders);
  const change = dayChange(state, now);
  return {
    symbol: latest.symbol,
    oneHrFundingRate: latest.oneHrFundingRate,
    cumFunding: latest.cumFunding,
    imbalance: latest.imbalance,
    indexPrice: latest.indexPrice,
    markPrice: latest.markPrice,
    priceChange: change.priceChange,
    priceChangePercent: change.priceChangePercent,
    status: latest.status,
  };
}

/** `[price, qty]` levels, best first, at the market's precisions. */
export function depth(engine: Engine, state: MarketState, limit: number) {
  const book = engine.book(state.market.symbol, limit)!;
  const level = (l: { price: string; size: string }): [string, string] => [
    fixed(l.price, state.market.priceDecimals),
    fixed(l.size, state.market.sizeDecimals),
  ];
  return { bids: book.bids.map(level), asks: book.asks.map(level) };
}

function tradeFields(trade: TradeView, state: MarketState) {
  return {
    price: fixed(trade.price, state.market.priceDecimals),
    qty: fixed(trade.size, state.market.sizeDecimals),
    quoteQty: usdc(new Big(trade.price).times(trade.size)),
    time: trade.time,
  };
}

/** REST trades carry a numeric id (as documented); the stream carries a hex string id. */
export function restTrade(trade: TradeView, state: MarketState) {
  return { id: jsonInteger(trade.id), ...tradeFields(trade, state) };
}

export function streamTrade(trade: TradeView, state: MarketState) {
  return { id: hexOfDecimal(trade.id), ...tradeFields(trade, state) };
}

/** `[openTime, open, high, low, close, closeTime, volume, quoteVolume, numTrades]`; the stream sends numTrades as a string. */
export function klineRow(candle: Candle, state: MarketState, tradesAsString: boolean) {
  const price = (value: Big) => fixed(value, state.market.priceDecimals);
  return [
    candle.openTime,
    price(candle.open),
    price(candle.high),
    price(candle.low),
    price(candle.close),
    candle.closeTime,
    fixed(candle.volume, state.market.sizeDecimals),
    usdc(candle.quoteVolume),
    tradesAsString ? String(candle.trades) : candle.trades,
  ];
}

function leverageOf(account: VestAccount, state: MarketState): number {
  return account.leverages.get(state.market.symbol) ?? state.market.maxLeverage;
}

/** initMarginRatio of orders and positions: 1 / leverage, 4 decimals. */
export function initMarginRatioOf(account: VestAccount, state: MarketState): string {
  return fixed(new Big(1).div(leverageOf(account, state)), 4);
}

/** `GET /account`. Positions are cross-margined; liqPrice is where equity would meet maintenance margin. */
export function accountBody(
  engine: Engine,
  account: VestAccount,
  markets: ReadonlyMap<string, MarketState>,
  now: number,
) {
  const balance = engine.balance(account.id)!;
  const rows: { view: PositionView; state: MarketState; notional: Big; im: Big; mm: Big }[] = [];
  for (const view of engine.positions(account.id)) {
    const state = markets.get(view.market);
    if (state === undefined) continue;
    const notional = new Big(view.notional);
    rows.push({
      view,
      state,
      notional,
      im: notional.div(leverageOf(account, state)),
      mm: notional.times(state.market.config.maintMarginRatio),
    });
  }
  const positionMargin = rows.reduce((sum, r) => sum.plus(r.im), new Big(0));
  const maintMargin = rows.reduce((sum, r) => sum.plus(r.mm), new Big(0));
  const equity = new Big(balance.equity);
  const orderMargin = new Big(balance.initialMargin).minus(positionMargin);
  return {
    address: account.primaryAddress,
    balances: [{ asset: "USDC", total: usdc(balance.balance), locked: usdc("0") }],
    collateral: usdc(balance.balance),
    withdrawable: usdc(balance.availableForTrade),
    totalAccountValue: usdc(equity),
    openOrderMargin: usdc(orderMargin.gt(0) ? orderMargin : "0"),
    totalMaintMargin: usdc(maintMargin),
    positions: rows.map(({ view, state, im, mm }) => {
      const size = new Big(view.size);
      const mark = new Big(view.markPrice);
      const liq = mark.minus(equity.minus(maintMargin).div(size));
      return {
        symbol: view.market,
        isLong: size.gt(0),
        size: fixed(size.abs(), state.market.sizeDecimals),
        entryPrice: fixed(view.entryPrice ?? view.markPrice, state.market.priceDecimals),
        entryFunding: fixed(account.entryFunding.get(view.market) ?? "0", FUNDING_INDEX_DECIMALS),
        unrealizedPnl: usdc(view.unrealizedPnl),
        settledFunding: usdc(view.fundingPnl),
        markPrice: fixed(view.markPrice, state.market.priceDecimals),
        indexPrice: fixed(engine.market(view.market)!.indexPrice, state.market.priceDecimals),
        liqPrice: fixed(liq.gt(0) ? liq : "0", state.market.priceDecimals),
        initMargin: usdc(im),
        maintMargin: usdc(mm),
        initMarginRatio: initMarginRatioOf(account, state),
      };
    }),
    leverages: [...markets.values()].map((state) => ({
      symbol: state.market.symbol,
      value: leverageOf(account, state),
    })),
    lp: { balance: usdc(account.lpBalance), shares: usdc(account.lpShares), unrealizedPnl: usdc("0") },
    time: now,
    twitterUsername: null,
    discordUsername: null,
  };
}
