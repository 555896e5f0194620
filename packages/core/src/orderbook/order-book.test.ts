import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimal } from "../decimal/arithmetic.js";
import { parseDecimal } from "../decimal/parse.js";
import { ValidationError } from "../errors/errors.js";
import { OrderBook } from "./order-book.js";
import type { BookLevel } from "./types.js";

const clock = () => 1_700_000_000_000;
const book = () => new OrderBook("BTC-USD", { now: clock });

describe("OrderBook", () => {
  it("applies a snapshot, sorted best first, normalized", () => {
    const b = book();
    expect(
      b.applySnapshot({
        bids: [["100.5", "1"], { price: "101.00", size: "2.50" }, ["99", "3"]],
        asks: [
          ["103", "1"],
          ["102.25", "4"],
        ],
        sequence: "42",
        timestamp: 123,
      }),
    ).toBe("applied");
    expect(b.snapshot()).toEqual({
      symbol: "BTC-USD",
      bids: [
        { price: "101", size: "2.5" },
        { price: "100.5", size: "1" },
        { price: "99", size: "3" },
      ],
      asks: [
        { price: "102.25", size: "4" },
        { price: "103", size: "1" },
      ],
      sequence: "42",
      timestamp: 123,
    });
    expect(b.bestBid()).toEqual({ price: "101", size: "2.5" });
    expect(b.bestAsk()).toEqual({ price: "102.25", size: "4" });
    expect(b.bidLevels).toBe(3);
    expect(b.askLevels).toBe(2);
  });

  it("applies deltas with absolute sizes; any spelling of zero removes a level", () => {
    const b = book();
    b.applySnapshot({ bids: [["100", "1"]], asks: [["101", "1"]], sequence: 1n });
    expect(
      b.applyDelta({
        bids: [
          ["100.0", "5"],
          ["99.5", "2"],
        ],
        asks: [["101", "0.000"]],
        sequence: 2,
      }),
    ).toBe("applied");
    expect(b.depth(10)).toEqual({
      bids: [
        { price: "100", size: "5" },
        { price: "99.5", size: "2" },
      ],
      asks: [],
    });
    // Removing a level that does not exist is a no-op.
    b.applyDelta({ asks: [["105", "0"]] });
    expect(b.askLevels).toBe(0);
    expect(b.timestamp).toBe(clock());
  });

  it("matches a known price in any spelling, including after removal and reinsertion", () => {
    const b = book();
    b.setLevel("bid", "65000.10", "1");
    b.setLevel("bid", "65000.1", "2");
    b.setLevel("bid", "065000.100", "3");
    expect(b.depth(5).bids).toEqual([{ price: "65000.1", size: "3" }]);
    b.setLevel("bid", "65000.10", "0");
    expect(b.bidLevels).toBe(0);
    b.setLevel("bid", "65000.1", "4");
    b.setLevel("bid", "65000.10", "5");
    expect(b.depth(5).bids).toEqual([{ price: "65000.1", size: "5" }]);
    b.setLevel("ask", "1e2", "1.5e1");
    expect(b.bestAsk()).toEqual({ price: "100", size: "15" });
  });

  it("keeps prices exact where floats would collide", () => {
    const b = book();
    b.setLevel("ask", "0.30000000000000000001", "1");
    b.setLevel("ask", "0.3", "2");
    b.setLevel("ask", "0.30000000000000000002", "3");
    b.setLevel("bid", "9007199254.740993", "1");
    b.setLevel("bid", "9007199254.740992", "1");
    expect(b.depth(5).asks.map((l) => l.price)).toEqual([
      "0.3",
      "0.30000000000000000001",
      "0.30000000000000000002",
    ]);
    expect(b.depth(5).bids.map((l) => l.price)).toEqual(["9007199254.740993", "9007199254.740992"]);
  });

  it("reports a crossed book", () => {
    const b = book();
    expect(b.applySnapshot({ bids: [["100", "1"]], asks: [["101", "1"]] })).toBe("applied");
    expect(b.crossed()).toBeUndefined();
    expect(b.applyDelta({ bids: [["101", "2"]] })).toBe("crossed");
    expect(b.crossed()).toEqual({
      bestBid: { price: "101", size: "2" },
      bestAsk: { price: "101", size: "1" },
    });
    expect(b.applyDelta({ bids: [["101", "0"]] })).toBe("applied");
    b.setLevel("ask", "100.5", "1");
    b.setLevel("bid", "100.6", "1");
    expect(b.crossed()?.bestBid.price).toBe("100.6");
    expect(
      book().applySnapshot({
        bids: [["1.00000000000000000002", "1"]],
        asks: [["1.00000000000000000001", "1"]],
      }),
    ).toBe("crossed");
    expect(
      book().applySnapshot({
        bids: [["1.00000000000000000001", "1"]],
        asks: [["1.00000000000000000002", "1"]],
      }),
    ).toBe("applied");
  });

  it("skips stale deltas and keeps sequences exact beyond 2^53", () => {
    const b = book();
    b.applySnapshot({ bids: [], asks: [], sequence: "9007199254740993" });
    expect(b.applyDelta({ bids: [["1", "1"]], sequence: "9007199254740993" })).toBe("stale");
    expect(b.applyDelta({ bids: [["1", "1"]], sequence: 9007199254740991 })).toBe("stale");
    expect(b.bidLevels).toBe(0);
    expect(b.applyDelta({ bids: [["1", "1"]], sequence: 9007199254740994n, timestamp: 5 })).toBe("applied");
    expect(b.sequence).toBe("9007199254740994");
    expect(b.snapshot().timestamp).toBe(5);
    expect(() => b.applyDelta({ sequence: 1.5 })).toThrow(ValidationError);
    expect(() => b.applyDelta({ sequence: "-1" })).toThrow(/non-negative integer/);
    expect(() => b.applyDelta({ sequence: Number.MAX_SAFE_INTEGER + 2 })).toThrow(ValidationError);
  });

  it("rejects bad input with ValidationError", () => {
    const b = book();
    expect(() => b.setLevel("bid", "abc", "1")).toThrow(/price is not a decimal number/);
    expect(() => b.setLevel("bid", "-1", "1")).toThrow(/price must not be negative/);
    expect(() => b.setLevel("bid", "1", "-1")).toThrow(/size must not be negative/);
    expect(() => b.setLevel("bid", "1", "")).toThrow(ValidationError);
    expect(() => b.setLevel("bid", 1 as never, "1")).toThrow(/pass a string/);
    expect(() => b.setLevel("bid", "1", Number.NaN as never)).toThrow(ValidationError);
    expect(() => b.setLevel("middle" as never, "1", "1")).toThrow(ValidationError);
    expect(() => b.setLevel("bid", "1234567890123456", "1")).toThrow(/more than 15 integer digits/);
    expect(() => b.applyDelta({ bids: [null as never] })).toThrow(ValidationError);
    expect(() => b.applyDelta({ bids: "1" as never })).toThrow(/must be an array/);
    expect(() => b.applyDelta({ timestamp: Number.NaN })).toThrow(/timestamp/);
    expect(() => new OrderBook("")).toThrow(ValidationError);
  });

  it("leaves the book untouched when a snapshot is invalid", () => {
    const b = book();
    b.applySnapshot({ bids: [["100", "1"]], asks: [["101", "1"]], sequence: "7", timestamp: 1 });
    const before = b.snapshot();
    expect(() => b.applySnapshot({ bids: [["99", "1"]], asks: [["x", "1"]], sequence: "8" })).toThrow(
      ValidationError,
    );
    expect(b.snapshot()).toEqual(before);
  });

  it("clears itself when a delta is invalid half-way, so it cannot be trusted half-updated", () => {
    const b = book();
    b.applySnapshot({ bids: [["100", "1"]], asks: [["101", "1"]], sequence: "7" });
    expect(() =>
      b.applyDelta({
        bids: [
          ["99", "1"],
          ["bad", "1"],
        ],
        sequence: "8",
      }),
    ).toThrow(ValidationError);
    expect(b.bidLevels + b.askLevels).toBe(0);
    expect(b.sequence).toBeUndefined();
  });

  it("keeps both sides sorted when levels are inserted and removed at every position", () => {
    const b = book();
    const expected: number[] = [];
    for (let i = 0; i < 40; i += 2) {
      b.setLevel("bid", String(100 + i), "1");
      b.setLevel("ask", String(200 + i), "1");
      expected.push(i);
    }
    // Fill the gaps from the best level down to the worst, then empty from the worst up.
    for (let i = 39; i >= 1; i -= 2) {
      b.setLevel("bid", String(100 + i), "2");
      b.setLevel("ask", String(200 + i), "2");
      expected.push(i);
    }
    expected.sort((x, y) => x - y);
    expect(b.depth(100).bids.map((l) => Number(l.price))).toEqual(expected.map((i) => 100 + i).reverse());
    expect(b.depth(100).asks.map((l) => Number(l.price))).toEqual(expected.map((i) => 200 + i));
    for (const i of [20, 0, 39, 1, 38, 10]) {
      b.setLevel("bid", String(100 + i), "0");
      b.setLevel("ask", String(200 + i), "0");
      expected.splice(expected.indexOf(i), 1);
      expect(b.depth(100).bids.map((l) => Number(l.price))).toEqual(expected.map((k) => 100 + k).reverse());
      expect(b.depth(100).asks.map((l) => Number(l.price))).toEqual(expected.map((k) => 200 + k));
    }
    expect(() => b.setLevel("middle" as never, "1", "1")).toThrow(/side must be "bid" or "ask"/);
  });

  it("returns top-N depth and copies, not live levels", () => {
    const b = book();
    for (let i = 1; i <= 5; i++) {
      b.setLevel("bid", String(100 - i), String(i));
      b.setLevel("ask", String(100 + i), String(i));
    }
    const depth = b.depth(2);
    expect(depth).toEqual({
      bids: [
        { price: "99", size: "1" },
        { price: "98", size: "2" },
      ],
      asks: [
        { price: "101", size: "1" },
        { price: "102", size: "2" },
      ],
    });
    depth.bids[0]!.size = "999";
    expect(b.bestBid()?.size).toBe("1");
    expect(b.depth(0)).toEqual({ bids: [], asks: [] });
    expect(b.depth(100).bids).toHaveLength(5);
  });
});

// A naive reference: a Map from normalized price to size, sorted on demand with compareDecimal.
class ReferenceBook {
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();
  set(side: "bid" | "ask", price: string, size: string): void {
    const p = parseDecimal(price);
    const s = parseDecimal(size);
    const map = side === "bid" ? this.bids : this.asks;
    if (s === "0") map.delete(p);
    else map.set(p, s);
  }
  levels(side: "bid" | "ask"): BookLevel[] {
    const map = side === "bid" ? this.bids : this.asks;
    const sign = side === "bid" ? -1 : 1;
    return [...map]
      .map(([price, size]) => ({ price, size }))
      .sort((a, b) => sign * compareDecimal(a.price, b.price));
  }
}

// Prices on a small grid so updates hit existing levels often, written in varied spellings.
const price = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom(0, 1, 2, 8, 18),
    fc.constantFrom("", "0", "000"),
    fc.boolean(),
  )
  .map(([ticks, decimals, trailing, leadingZero]) => {
    const digits = String(95_000 + ticks).padStart(decimals + 1, "0");
    const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    const spelled = decimals === 0 ? text : text + trailing;
    return leadingZero ? `0${spelled}` : spelled;
  });
const size = fc.oneof(
  fc.constantFrom("0", "0.0", "0.00000000"),
  fc
    .tuple(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom("", "0"))
    .map(([n, z]) => `${(n / 100).toFixed(2)}${z}`),
);
const update = fc.tuple(fc.constantFrom("bid" as const, "ask" as const), price, size);

describe("OrderBook properties", () => {
  it("equals a naive reference model after any updates; sides strictly ordered; no zero sizes", () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 300 }), (updates) => {
        const ours = book();
        const reference = new ReferenceBook();
        for (const [side, p, s] of updates) {
          ours.setLevel(side, p, s);
          reference.set(side, p, s);
        }
        const snapshot = ours.snapshot();
        expect(snapshot.bids).toEqual(reference.levels("bid"));
        expect(snapshot.asks).toEqual(reference.levels("ask"));
        for (let i = 1; i < snapshot.bids.length; i++) {
          expect(compareDecimal(snapshot.bids[i - 1]!.price, snapshot.bids[i]!.price)).toBe(1);
        }
        for (let i = 1; i < snapshot.asks.length; i++) {
          expect(compareDecimal(snapshot.asks[i - 1]!.price, snapshot.asks[i]!.price)).toBe(-1);
        }
        for (const level of [...snapshot.bids, ...snapshot.asks]) {
          expect(compareDecimal(level.size, "0")).toBe(1);
          expect(parseDecimal(level.size)).toBe(level.size);
          expect(parseDecimal(level.price)).toBe(level.price);
        }
        const bestBid = snapshot.bids[0];
        const bestAsk = snapshot.asks[0];
        expect(ours.bestBid()).toEqual(bestBid);
        expect(ours.bestAsk()).toEqual(bestAsk);
        const crossed =
          bestBid !== undefined && bestAsk !== undefined && compareDecimal(bestBid.price, bestAsk.price) >= 0;
        expect(ours.crossed() !== undefined).toBe(crossed);
      }),
      { numRuns: 500 },
    );
  });

  it("applies the same updates the same way through snapshots and deltas", () => {
    fc.assert(
      fc.property(
        fc.array(update, { maxLength: 100 }),
        fc.array(update, { maxLength: 100 }),
        (first, second) => {
          const direct = book();
          for (const [side, p, s] of [...first, ...second]) direct.setLevel(side, p, s);
          const viaMessages = book();
          const staged = book();
          for (const [side, p, s] of first) staged.setLevel(side, p, s);
          const start = staged.snapshot();
          viaMessages.applySnapshot({ bids: start.bids, asks: start.asks, sequence: "1" });
          viaMessages.applyDelta({
            bids: second.filter(([side]) => side === "bid").map(([, p, s]) => [p, s] as const),
            asks: second.filter(([side]) => side === "ask").map(([, p, s]) => [p, s] as const),
            sequence: "2",
          });
          expect(viaMessages.depth(1000)).toEqual(direct.depth(1000));
        },
      ),
      { numRuns: 200 },
    );
  });
});
