/**
 * Lighter REST answers and stream records → unified types. Orders and positions reuse the stream
 * mappers (REST objects carry the same fields), so both sources agree field by field.
 */
import {
  addDecimal,
  type Balance,
  type BookLevel,
  compareDecimal,
  divDecimal,
  type Fill,
  type FundingRate,
  type Order,
  type OrderBookSnapshot,
  type OrderUpdate,
  type Position,
  parseDecimal,
  subDecimal,
} from "@perp/core";
import type { DetailedAccount } from "../schemas/account.js";
import type { FundingRate as LighterFundingRate, OrderBookOrders } from "../schemas/market.js";
import type { Order as LighterOrder } from "../schemas/order.js";
import type { LighterAccountStats } from "../ws/messages/account.js";
import { type AccountMappingContext, parseOrder, parsePosition } from "../ws/messages/account.js";
import type { JsonObject } from "../ws/messages/fields.js";
import type { FundingRateUnit } from "./config.js";
import type { MarketDirectory } from "./markets.js";

export const COLLATERAL_ASSET = "USDC";

function optional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseDecimal(value);
}

/** Decimals as unified types carry them: normalized ("0.2000" → "0.2"), as the order tracker does. */
export function normalizePosition(position: Position): Position {
  return {
    ...position,
    size: parseDecimal(position.size),
    entryPrice: parseDecimal(position.entryPrice),
    markPrice: optional(position.markPrice),
    liquidationPrice: optional(position.liquidationPrice),
    notional: optional(position.notional),
    unrealizedPnl: optional(position.unrealizedPnl),
    realizedPnl: optional(position.realizedPnl),
    margin: optional(position.margin),
  };
}

export function normalizeBalance(balance: Balance): Balance {
  return {
    ...balance,
    total: parseDecimal(balance.total),
    available: parseDecimal(balance.available),
    locked: parseDecimal(balance.locked),
    equity: optional(balance.equity),
    unrealizedPnl: optional(balance.unrealizedPnl),
  };
}

export function normalizeFill(fill: Fill): Fill {
  return {
    ...fill,
    price: parseDecimal(fill.price),
    size: parseDecimal(fill.size),
    fee: parseDecimal(fill.fee),
  };
}

function context(accountIndex: bigint, markets: MarketDirectory, now: number): AccountMappingContext {
  return { accountIndex, symbolOf: markets.symbolOf, receivedAt: now };
}

/** USDC collateral as a Balance: `available` is what can back new orders. */
function collateralBalance(
  total: string,
  available: string | undefined,
  equity: string | undefined,
  timestamp: number,
  info: unknown,
): Balance {
  const free = available ?? total;
  const locked = subDecimal(total, free);
  return normalizeBalance({
    asset: COLLATERAL_ASSET,
    total,
    available: free,
    locked: compareDecimal(locked, "0") < 0 ? "0" : locked,
    equity,
    unrealizedPnl: equity === undefined ? undefined : subDecimal(equity, total),
    timestamp,
    info,
  });
}

/** The account's collateral from REST `account`; an account without any is a zero balance. */
export function balancesFromAccount(account: DetailedAccount, now: number): Balance[] {
  return [
    collateralBalance(
      account.collateral ?? "0",
      account.available_balance,
      account.total_asset_value,
      now,
      account,
    ),
  ];
}

/** The balance of an account the venue does not know: nothing deposited. */
export function zeroCollateral(now: number): Balance {
  return collateralBalance("0", "0", "0", now, undefined);
}

/** The account's collateral from a `user_stats` frame. */
export function balanceFromStats(stats: LighterAccountStats): Balance | undefined {
  if (stats.collateral === undefined) return undefined;
  return collateralBalance(
    stats.collateral,
    stats.availableBalance,
    stats.portfolioValue,
    stats.timestamp,
    stats.info,
  );
}

/** Open positions from REST `account` (it lists every market, flat ones with size 0). */
export function positionsFromAccount(
  account: DetailedAccount,
  accountIndex: bigint,
  markets: MarketDirectory,
  now: number,
): Position[] {
  const ctx = context(accountIndex, markets, now);
  return account.positions
    .map((item) => normalizePosition(parsePosition(item as unknown as JsonObject, ctx).position))
    .filter((position) => position.size !== "0");
}

export function orderFromRest(
  order: LighterOrder,
  accountIndex: bigint,
  markets: MarketDirectory,
  now: number,
): Order {
  return parseOrder(order as unknown as JsonObject, context(accountIndex, markets, now)).order;
}

/** Lighter's cancel statuses that mean the sequencer refused a new order rather than cancelling a live one. */
const PLACEMENT_REFUSALS = new Set([
  "canceled-post-only",
  "canceled-reduce-only",
  "canceled-position-not-allowed",
  "canceled-margin-not-allowed",
  "canceled-invalid-balance",
  "canceled-not-enough-liquidity",
  "canceled-too-much-slippage",
]);

/**
 * What the tracker should apply for a venue order. An order still `pending` here whose first
 * venue state is one of the refusal statuses with nothing filled was refused after its send was
 * accepted (Lighter answers sendTx before the sequencer runs it): that is a rejection.
 */
export function toOrderUpdate(order: Order, tracked: Order | undefined): OrderUpdate {
  const status = venueStatus(order.info);
  const refused =
    tracked?.status === "pending" &&
    order.status === "cancelled" &&
    status !== undefined &&
    PLACEMENT_REFUSALS.has(status) &&
    compareDecimal(order.filled, "0") === 0;
  return {
    id: order.id,
    clientOrderId: order.clientOrderId,
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    size: order.size,
    status: refused ? "rejected" : order.status,
    price: order.price,
    triggerPrice: order.triggerPrice,
    timeInForce: order.timeInForce,
    filled: order.filled,
    averageFillPrice: order.averageFillPrice,
    reduceOnly: order.reduceOnly,
    postOnly: order.postOnly,
    statusReason: order.statusReason ?? status,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    expiresAt: order.expiresAt,
    info: order.info,
  };
}

function venueStatus(info: unknown): string | undefined {
  if (info === null || typeof info !== "object") return undefined;
  const status = (info as Record<string, unknown>).status;
  return typeof status === "string" ? status : undefined;
}

/** A Lighter rate in the given unit as a fraction per interval. */
export function rateFraction(rate: string, unit: FundingRateUnit): string {
  if (unit === "fraction") return rate;
  return trimZeros(divDecimal(rate, "100", 12, "half-even"));
}

function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  const trimmed = text.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** Lighter's own rate of one market from REST `funding-rates` (which also lists other exchanges). */
export function fundingFromRest(
  rates: readonly LighterFundingRate[],
  symbol: string,
  marketId: number,
  unit: FundingRateUnit,
  extra: { markPrice: string | undefined; indexPrice: string | undefined; now: number },
): FundingRate | undefined {
  const entry = rates.find((r) => r.exchange === "lighter" && r.market_id === marketId);
  if (entry === undefined) return undefined;
  return {
    symbol,
    rate: rateFraction(entry.rate, unit),
    intervalMs: 3_600_000,
    nextFundingTime: undefined,
    markPrice: extra.markPrice,
    indexPrice: extra.indexPrice,
    timestamp: extra.now,
    info: entry,
  };
}

/** REST `orderBookOrders` (resting orders) aggregated into price levels, best first. */
export function bookFromOrders(symbol: string, orders: OrderBookOrders, now: number): OrderBookSnapshot {
  const levels = (rows: OrderBookOrders["bids"], descending: boolean): BookLevel[] => {
    const sizes = new Map<string, string>();
    for (const row of rows) {
      if (compareDecimal(row.remaining_base_amount, "0") <= 0) continue;
      sizes.set(row.price, addDecimal(sizes.get(row.price) ?? "0", row.remaining_base_amount));
    }
    const out = [...sizes].map(([price, size]) => ({ price, size }));
    out.sort((a, b) => (descending ? compareDecimal(b.price, a.price) : compareDecimal(a.price, b.price)));
    return out;
  };
  return {
    symbol,
    bids: levels(orders.bids, true),
    asks: levels(orders.asks, false),
    sequence: undefined,
    timestamp: now,
  };
}
