import { abs, divRatio, maxBig, type Ratio } from "./decimal.js";
import { notional } from "./market.js";
import { unrealizedPnl } from "./position.js";
import type { AccountState, MarketState, OrderState } from "./state.js";
import type { Side } from "./types.js";

/**
 * Cross-margin model. Per market, the initial margin is the worst-case exposure — the position if every
 * live buy order filled, or if every live sell order filled, whichever is larger in absolute size — valued
 * at the mark price and divided by the account's leverage (rounded up). Reduce-only and untriggered
 * orders add no exposure. Equity is collateral plus unrealized PnL at mark.
 */

export interface HypotheticalOrder {
  market: string;
  side: Side;
  size: bigint;
}

export function leverageOf(account: AccountState, market: MarketState): Ratio {
  return account.leverage.get(market.spec.symbol) ?? market.spec.defaultLeverage;
}

function addsExposure(order: OrderState): boolean {
  return !order.reduceOnly && (order.status === "open" || order.status === "partially-filled");
}

/** Initial margin of one market, optionally with an extra order, at an optional leverage override. */
export function marketInitialMargin(
  account: AccountState,
  market: MarketState,
  extra?: HypotheticalOrder,
  leverage: Ratio = leverageOf(account, market),
): bigint {
  const symbol = market.spec.symbol;
  let openBuy = 0n;
  let openSell = 0n;
  for (const order of account.liveOrders) {
    if (order.market !== symbol || !addsExposure(order)) continue;
    if (order.side === "buy") openBuy += order.remaining;
    else openSell += order.remaining;
  }
  if (extra !== undefined && extra.market === symbol) {
    if (extra.side === "buy") openBuy += extra.size;
    else openSell += extra.size;
  }
  const size = account.positions.get(symbol)?.size ?? 0n;
  const exposure = maxBig(abs(size + openBuy), abs(size - openSell));
  if (exposure === 0n) return 0n;
  return divRatio(notional(market.spec, market.mark, exposure), leverage, "ceil");
}

function touchedMarkets(
  account: AccountState,
  markets: ReadonlyMap<string, MarketState>,
  extra?: HypotheticalOrder,
) {
  const symbols = new Set<string>(account.positions.keys());
  for (const order of account.liveOrders) symbols.add(order.market);
  if (extra !== undefined) symbols.add(extra.market);
  const touched: MarketState[] = [];
  for (const symbol of symbols) {
    const market = markets.get(symbol);
    if (market !== undefined) touched.push(market);
  }
  return touched;
}

export function accountInitialMargin(
  account: AccountState,
  markets: ReadonlyMap<string, MarketState>,
  extra?: HypotheticalOrder,
  leverageOverride?: { market: string; leverage: Ratio },
): bigint {
  let total = 0n;
  for (const market of touchedMarkets(account, markets, extra)) {
    const leverage =
      leverageOverride?.market === market.spec.symbol
        ? leverageOverride.leverage
        : leverageOf(account, market);
    total += marketInitialMargin(account, market, extra, leverage);
  }
  return total;
}

export function accountUnrealizedPnl(
  account: AccountState,
  markets: ReadonlyMap<string, MarketState>,
): bigint {
  let total = 0n;
  for (const [symbol, position] of account.positions) {
    const market = markets.get(symbol);
    if (market !== undefined) total += unrealizedPnl(position, market.spec, market.mark);
  }
  return total;
}

export function equityOf(account: AccountState, markets: ReadonlyMap<string, MarketState>): bigint {
  return account.balance + accountUnrealizedPnl(account, markets);
}

/**
 * Whether the account may add `extra` (or switch leverage): equity must cover the resulting initial
 * margin, unless the change does not raise the requirement (so risk-reducing orders are always allowed).
 */
export function marginAllows(
  account: AccountState,
  markets: ReadonlyMap<string, MarketState>,
  extra?: HypotheticalOrder,
  leverageOverride?: { market: string; leverage: Ratio },
): boolean {
  if (account.marginExempt) return true;
  const after = accountInitialMargin(account, markets, extra, leverageOverride);
  if (after <= equityOf(account, markets)) return true;
  return after <= accountInitialMargin(account, markets);
}
