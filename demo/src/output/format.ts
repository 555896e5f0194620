import { addDecimal, type Balance, type Fill, type Order, type Position } from "@perp/core";

/** "buy 0.0001 BTC-USD @ 98000 post-only", as a trader reads an order. */
export function describeOrder(order: Order): string {
  const price = order.price === undefined || order.type === "market" ? "at market" : `@ ${order.price}`;
  const flags = [
    order.postOnly ? "post-only" : order.timeInForce,
    order.reduceOnly ? "reduce-only" : undefined,
  ]
    .filter((flag) => flag !== undefined)
    .join(" ");
  const id = order.id === undefined ? "" : ` (id ${order.id})`;
  return `${order.side} ${order.size} ${order.symbol} ${price}${flags === "" ? "" : ` ${flags}`}${id}`;
}

/** "buy 0.0001 BTC-USD at market, average 100000, 1 fill, fee 0.0025 USD (id 42)". */
export function describeFill(order: Order, fills: readonly Fill[]): string {
  const how =
    order.type === "market" ? "at market" : `limit ${order.price} ${order.timeInForce ?? ""}`.trimEnd();
  const average = order.averageFillPrice ?? fills[0]?.price ?? "?";
  const fee = fills.reduce((sum, fill) => addDecimal(sum, fill.fee), "0");
  const count = `${fills.length} fill${fills.length === 1 ? "" : "s"}`;
  const id = order.id === undefined ? "" : ` (id ${order.id})`;
  return (
    `${order.side} ${order.filled} ${order.symbol} ${how}, average ${average}, ${count}, fee ${fee} ${fills[0]?.feeAsset ?? ""}`.trimEnd() +
    id
  );
}

export function describePosition(position: Position): string {
  const pnl = position.unrealizedPnl === undefined ? "" : `, unrealized PnL ${position.unrealizedPnl}`;
  return `${position.side} ${position.size} ${position.symbol} @ ${position.entryPrice}${pnl}`;
}

export function describeBalance(balance: Balance): string {
  return `${balance.asset} total ${balance.total}, available ${balance.available}, locked ${balance.locked}`;
}

/** JSON-safe order fields (the venue's raw `info` is left out). */
export function orderData(order: Order) {
  return {
    id: order.id ?? null,
    clientOrderId: order.clientOrderId ?? null,
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    timeInForce: order.timeInForce ?? null,
    postOnly: order.postOnly,
    price: order.price ?? null,
    size: order.size,
    filled: order.filled,
    averageFillPrice: order.averageFillPrice ?? null,
    status: order.status,
  };
}

export function positionData(position: Position) {
  return {
    symbol: position.symbol,
    side: position.side,
    size: position.size,
    entryPrice: position.entryPrice,
    markPrice: position.markPrice ?? null,
    unrealizedPnl: position.unrealizedPnl ?? null,
  };
}

export function balanceData(balance: Balance) {
  return {
    asset: balance.asset,
    total: balance.total,
    available: balance.available,
    locked: balance.locked,
    equity: balance.equity ?? null,
  };
}
