import { type Balance, isFinalOrderStatus, type Order, type Position } from "@perp/core";
import type { LighterAccountStats, LighterOrderRecord } from "../messages/account.js";

/** A plain copy of the account state. */
export interface LighterAccountSnapshot {
  openOrders: Order[];
  balances: Balance[];
  positions: Position[];
  stats: LighterAccountStats | undefined;
}

/** What a replace did: entries that were there before and are gone now. */
export interface ReplaceResult<T> {
  removed: T[];
}

function orderKey(order: Order): string | undefined {
  return order.id ?? (order.clientOrderId === undefined ? undefined : `client:${order.clientOrderId}`);
}

/**
 * Open orders by id, balances by asset and positions by market, kept from the account channels'
 * snapshots (which replace their scope: all markets, or one for per-market channels) and updates
 * (which upsert; a final order or a zero position is removed).
 */
export class LighterAccountState {
  readonly #orders = new Map<string, LighterOrderRecord>();
  readonly #balances = new Map<string, Balance>();
  readonly #positions = new Map<number, Position>();
  stats: LighterAccountStats | undefined;

  get openOrders(): ReadonlyMap<string, Order> {
    return new Map([...this.#orders].map(([key, record]) => [key, record.order]));
  }

  get balances(): ReadonlyMap<string, Balance> {
    return this.#balances;
  }

  /** Open positions keyed by symbol. */
  get positions(): ReadonlyMap<string, Position> {
    return new Map([...this.#positions.values()].map((position) => [position.symbol, position]));
  }

  order(id: string): Order | undefined {
    return this.#orders.get(id)?.order;
  }

  applyOrder(record: LighterOrderRecord): void {
    const key = orderKey(record.order);
    if (key === undefined) return;
    if (isFinalOrderStatus(record.order.status)) this.#orders.delete(key);
    else this.#orders.set(key, record);
  }

  /** Replaces the open orders of one market, or of all when `market` is undefined. */
  replaceOrders(records: LighterOrderRecord[], market: number | undefined): ReplaceResult<Order> {
    const before = new Map<string, Order>();
    for (const [key, record] of this.#orders) {
      if (market === undefined || record.marketId === market) {
        before.set(key, record.order);
        this.#orders.delete(key);
      }
    }
    for (const record of records) this.applyOrder(record);
    return { removed: [...before].filter(([key]) => !this.#orders.has(key)).map(([, order]) => order) };
  }

  applyPosition(marketId: number, position: Position): void {
    if (position.size === "0") this.#positions.delete(marketId);
    else this.#positions.set(marketId, position);
  }

  replacePositions(
    entries: { marketId: number; position: Position }[],
    market: number | undefined,
  ): ReplaceResult<Position> {
    const before = new Map<number, Position>();
    for (const [id, position] of this.#positions) {
      if (market === undefined || id === market) {
        before.set(id, position);
        this.#positions.delete(id);
      }
    }
    for (const { marketId, position } of entries) this.applyPosition(marketId, position);
    return {
      removed: [...before].filter(([id]) => !this.#positions.has(id)).map(([, position]) => position),
    };
  }

  applyBalance(balance: Balance): void {
    this.#balances.set(balance.asset, balance);
  }

  replaceBalances(balances: Balance[]): void {
    this.#balances.clear();
    for (const balance of balances) this.applyBalance(balance);
  }

  snapshot(): LighterAccountSnapshot {
    return {
      openOrders: [...this.#orders.values()].map((record) => record.order),
      balances: [...this.#balances.values()],
      positions: [...this.#positions.values()],
      stats: this.stats,
    };
  }
}
