import { type Order, type Position, parseDecimal } from "@perp/core";

/** What must survive a resync unchanged: open orders (id, remaining) and positions (side, size). */
export interface AccountSnapshot {
  readonly openOrders: readonly { id: string; remaining: string }[];
  readonly positions: readonly { symbol: string; side: string; size: string }[];
}

export function accountSnapshot(orders: readonly Order[], positions: readonly Position[]): AccountSnapshot {
  return {
    openOrders: orders
      .map((order) => ({
        id: order.id ?? `client:${order.clientOrderId}`,
        remaining: parseDecimal(order.remaining),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    positions: positions
      .filter((position) => parseDecimal(position.size) !== "0")
      .map((position) => ({
        symbol: position.symbol,
        side: position.side,
        size: parseDecimal(position.size),
      }))
      .sort((a, b) => a.symbol.localeCompare(b.symbol)),
  };
}

export function sameSnapshot(a: AccountSnapshot, b: AccountSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
