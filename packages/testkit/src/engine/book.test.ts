import { describe, expect, it } from "vitest";
import { OrderBook, type RestingOrder } from "./book.js";

const order = (id: number, side: "buy" | "sell", price: number, remaining: number): RestingOrder => ({
  id: BigInt(id),
  side,
  price: BigInt(price),
  remaining: BigInt(remaining),
});

describe("OrderBook", () => {
  it("keeps bids descending, asks ascending and time priority within a level", () => {
    const book = new OrderBook<RestingOrder>();
    const orders = [
      order(1, "buy", 99, 1),
      order(2, "buy", 100, 2),
      order(3, "buy", 100, 3),
      order(4, "sell", 102, 1),
    ];
    orders.push(order(5, "sell", 101, 4), order(6, "buy", 98, 1));
    for (const o of orders) book.add(o);
    expect(book.bids.levels().map((l) => [l.price, l.total])).toEqual([
      [100n, 5n],
      [99n, 1n],
      [98n, 1n],
    ]);
    expect(book.asks.levels().map((l) => l.price)).toEqual([101n, 102n]);
    expect(book.bids.best()?.orders.map((o) => o.id)).toEqual([2n, 3n]);
    expect(book.crosses("buy", 101n)).toBe(true);
    expect(book.crosses("buy", 100n)).toBe(false);
    expect(book.crosses("sell", 100n)).toBe(true);
  });

  it("reports only levels whose aggregate changed since the last drain", () => {
    const book = new OrderBook<RestingOrder>();
    const a = order(1, "buy", 100, 2);
    const b = order(2, "buy", 99, 1);
    book.add(a);
    book.add(b);
    book.drainChanges();
    book.resize(a, 1n);
    book.remove(b);
    const c = order(3, "buy", 99, 1);
    book.add(c);
    book.add(order(4, "sell", 105, 7));
    expect(book.drainChanges()).toEqual({
      bids: [{ price: 100n, size: 1n }],
      asks: [{ price: 105n, size: 7n }],
    });
    book.resize(a, 0n);
    expect(book.drainChanges().bids).toEqual([{ price: 100n, size: 0n }]);
    expect(book.bids.best()?.price).toBe(99n);
  });
});
