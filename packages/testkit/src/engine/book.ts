import type { Side } from "./types.js";

/** What the book needs to know about a resting order; the book owns `remaining` while the order rests. */
export interface RestingOrder {
  id: bigint;
  side: Side;
  price: bigint;
  remaining: bigint;
}

export interface PriceLevel<T extends RestingOrder> {
  price: bigint;
  /** Time priority: oldest first. */
  orders: T[];
  total: bigint;
}

export interface LevelChange {
  price: bigint;
  /** Aggregated size after the change; 0 when the level is gone. */
  size: bigint;
}

export interface BookChanges {
  bids: LevelChange[];
  asks: LevelChange[];
}

class BookSide<T extends RestingOrder> {
  readonly #better: (a: bigint, b: bigint) => boolean;
  /** Prices best first. */
  readonly #prices: bigint[] = [];
  readonly #levels = new Map<bigint, PriceLevel<T>>();
  /** Aggregated size of each level touched since the last drain, as it was before the first touch. */
  readonly #touched = new Map<bigint, bigint>();

  constructor(better: (a: bigint, b: bigint) => boolean) {
    this.#better = better;
  }

  best(): PriceLevel<T> | undefined {
    const price = this.#prices[0];
    return price === undefined ? undefined : this.#levels.get(price);
  }

  levels(): PriceLevel<T>[] {
    return this.#prices.map((price) => this.#levels.get(price)!);
  }

  get isEmpty(): boolean {
    return this.#prices.length === 0;
  }

  add(order: T): void {
    this.#touch(order.price);
    let level = this.#levels.get(order.price);
    if (level === undefined) {
      level = { price: order.price, orders: [], total: 0n };
      this.#levels.set(order.price, level);
      this.#prices.splice(this.#insertionIndex(order.price), 0, order.price);
    }
    level.orders.push(order);
    level.total += order.remaining;
  }

  remove(order: T): boolean {
    const level = this.#levels.get(order.price);
    const index = level?.orders.indexOf(order) ?? -1;
    if (level === undefined || index < 0) return false;
    this.#touch(order.price);
    level.orders.splice(index, 1);
    level.total -= order.remaining;
    if (level.orders.length === 0) this.#dropLevel(level.price);
    return true;
  }

  /** Changes a resting order's remaining size in place, keeping its queue position. */
  resize(order: T, remaining: bigint): void {
    const level = this.#levels.get(order.price);
    if (level === undefined || !level.orders.includes(order))
      throw new Error(`order ${order.id} is not resting`);
    this.#touch(order.price);
    level.total += remaining - order.remaining;
    order.remaining = remaining;
    if (remaining === 0n) {
      level.orders.splice(level.orders.indexOf(order), 1);
      if (level.orders.length === 0) this.#dropLevel(level.price);
    }
  }

  drain(): LevelChange[] {
    const changes: LevelChange[] = [];
    for (const [price, before] of this.#touched) {
      const size = this.#levels.get(price)?.total ?? 0n;
      if (size !== before) changes.push({ price, size });
    }
    this.#touched.clear();
    changes.sort((a, b) => (this.#better(a.price, b.price) ? -1 : this.#better(b.price, a.price) ? 1 : 0));
    return changes;
  }

  #touch(price: bigint): void {
    if (!this.#touched.has(price)) this.#touched.set(price, this.#levels.get(price)?.total ?? 0n);
  }

  #dropLevel(price: bigint): void {
    this.#levels.delete(price);
    this.#prices.splice(this.#prices.indexOf(price), 1);
  }

  #insertionIndex(price: bigint): number {
    let low = 0;
    let high = this.#prices.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#better(this.#prices[mid]!, price)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * One market's limit order book with price-time priority. It records which levels changed so the
 * engine can publish only the aggregated levels that moved.
 */
export class OrderBook<T extends RestingOrder> {
  readonly bids = new BookSide<T>((a, b) => a > b);
  readonly asks = new BookSide<T>((a, b) => a < b);

  side(side: Side): BookSide<T> {
    return side === "buy" ? this.bids : this.asks;
  }

  /** The side a taker of `side` trades against. */
  opposite(side: Side): BookSide<T> {
    return side === "buy" ? this.asks : this.bids;
  }

  add(order: T): void {
    this.side(order.side).add(order);
  }

  remove(order: T): boolean {
    return this.side(order.side).remove(order);
  }

  resize(order: T, remaining: bigint): void {
    this.side(order.side).resize(order, remaining);
  }

  /** Whether a `side` order at `price` would trade with the best opposite level. */
  crosses(side: Side, price: bigint): boolean {
    const best = this.opposite(side).best();
    if (best === undefined) return false;
    return side === "buy" ? price >= best.price : price <= best.price;
  }

  drainChanges(): BookChanges {
    return { bids: this.bids.drain(), asks: this.asks.drain() };
  }
}

export type { BookSide };
