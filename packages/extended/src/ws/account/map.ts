import {
  type Balance,
  type Fill,
  maxDecimal,
  type Order,
  type OrderStatus,
  type OrderType,
  type Position,
  subDecimal,
  type TimeInForce,
} from "@perp/core";
import type {
  AccountTrade,
  Balance as ExtendedBalance,
  Order as ExtendedOrder,
  Position as ExtendedPosition,
} from "../../schemas/index.js";

/** Venue statuses the SDK maps; UNKNOWN (a status this SDK does not know) is not mapped. */
const STATUS: Partial<Record<ExtendedOrder["status"], OrderStatus>> = {
  NEW: "open",
  UNTRIGGERED: "open",
  TRIGGERED: "open",
  PARTIALLY_FILLED: "partially-filled",
  FILLED: "filled",
  CANCELLED: "cancelled",
  EXPIRED: "expired",
  REJECTED: "rejected",
};

/** The unified order, or undefined when the venue status is one this SDK does not know. */
export function toOrder(order: ExtendedOrder): Order | undefined {
  const status = STATUS[order.status];
  if (status === undefined) return undefined;
  const filled = order.filledQty ?? "0";
  const stopLeg = order.stopLoss;
  const takeLeg = order.takeProfit;
  return {
    id: order.id,
    clientOrderId: order.externalId,
    symbol: order.market,
    side: order.side === "BUY" ? "buy" : "sell",
    type: orderType(order),
    timeInForce: timeInForce(order),
    price: order.price,
    triggerPrice: order.trigger?.triggerPrice ?? stopLeg?.triggerPrice ?? takeLeg?.triggerPrice,
    size: order.qty,
    filled,
    remaining: maxDecimal("0", subDecimal(order.qty, filled)),
    averageFillPrice: order.averagePrice,
    reduceOnly: order.reduceOnly,
    postOnly: order.postOnly,
    status,
    statusReason:
      order.statusReason === undefined || order.statusReason === "NONE" ? undefined : order.statusReason,
    createdAt: order.createdTime,
    updatedAt: order.updatedTime,
    expiresAt: order.expireTime,
    info: order.raw,
  };
}

/**
 * CONDITIONAL orders are stops or take-profits by trigger direction against side (a buy that
 * triggers on the way UP is a stop, on the way DOWN a take-profit; sells the reverse). A TPSL order
 * carrying a stop-loss leg is reported as a stop, one with only a take-profit leg as a take-profit.
 * TWAP and unknown types have no unified equivalent: they read as limit orders, `info` has the rest.
 */
function orderType(order: ExtendedOrder): OrderType {
  if (order.type === "MARKET") return "market";
  if (order.type === "CONDITIONAL" && order.trigger) {
    const up = order.trigger.direction?.toUpperCase() === "UP";
    const stop = order.side === "BUY" ? up : !up;
    const market = order.trigger.executionPriceType?.toUpperCase() !== "LIMIT";
    if (stop) return market ? "stop-market" : "stop-limit";
    return market ? "take-profit-market" : "take-profit-limit";
  }
  if (order.type === "TPSL") {
    const leg = order.stopLoss ?? order.takeProfit;
    const market = leg?.priceType?.toUpperCase() !== "LIMIT";
    if (order.stopLoss) return market ? "stop-market" : "stop-limit";
    return market ? "take-profit-market" : "take-profit-limit";
  }
  return "limit";
}

function timeInForce(order: ExtendedOrder): TimeInForce | undefined {
  if (order.postOnly) return "post-only";
  const tif = order.timeInForce.toUpperCase();
  return tif === "GTT" || tif === "IOC" || tif === "FOK" || tif === "GTC" ? tif : undefined;
}

/** One account trade as a fill; Extended settles in its collateral asset (USD). */
export function toFill(trade: AccountTrade, feeAsset: string): Fill {
  return {
    id: trade.id,
    orderId: trade.orderId,
    clientOrderId: trade.externalOrderId,
    symbol: trade.market,
    side: trade.side === "BUY" ? "buy" : "sell",
    price: trade.price,
    size: trade.qty,
    fee: trade.fee,
    feeAsset,
    liquidity: trade.isTaker ? "taker" : "maker",
    timestamp: trade.createdTime,
    info: trade.raw,
  };
}

export function toBalance(balance: ExtendedBalance): Balance {
  return {
    asset: balance.collateralName,
    total: balance.balance,
    available: balance.availableForTrade,
    locked: balance.initialMargin,
    equity: balance.equity,
    unrealizedPnl: balance.unrealisedPnl,
    timestamp: balance.updatedTime,
    info: balance.raw,
  };
}

/** True for a position the venue reports as gone: status CLOSED or size 0 (§8.7, unverified). */
export function isClosedPosition(position: ExtendedPosition): boolean {
  return position.status?.toUpperCase() === "CLOSED" || position.size === "0";
}

export function toPosition(position: ExtendedPosition, receivedAt: number): Position {
  const closed = isClosedPosition(position);
  const leverage = Number(position.leverage);
  return {
    symbol: position.market,
    side: position.side === "LONG" ? "long" : "short",
    size: closed ? "0" : position.size.replace(/^-/, ""),
    entryPrice: position.openPrice,
    markPrice: position.markPrice,
    liquidationPrice: position.liquidationPrice,
    notional: position.value,
    unrealizedPnl: position.unrealisedPnl,
    realizedPnl: position.realisedPnl,
    margin: position.margin,
    leverage: Number.isFinite(leverage) ? leverage : undefined,
    // The stream does not say; the reference does not document isolated margin for Extended.
    marginMode: undefined,
    timestamp: position.updatedTime ?? position.createdTime ?? receivedAt,
    info: position.raw,
  };
}
