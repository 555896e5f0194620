import type { Market, OrderBookSnapshot } from "@perp/core";
import { describe, expect, it } from "vitest";
import { expectSaneBook, RESTING_FRACTION, restingBuy, waitForStatus } from "./live-checks.js";

function market(rules: Partial<Market>): Market {
  return {
    symbol: "X-USD",
    venueId: "1",
    base: "X",
    quote: "USD",
    settle: "USD",
    contractType: "perpetual",
    status: "active",
    active: true,
    tickSize: "0.5",
    stepSize: "0.001",
    minSize: "0.0015",
    maxSize: undefined,
    minNotional: undefined,
    maxLeverage: undefined,
    priceDecimals: 1,
    sizeDecimals: 3,
    makerFee: undefined,
    takerFee: undefined,
    expiry: undefined,
    info: {},
    ...rules,
  };
}

function book(bids: [string, string][], asks: [string, string][]): OrderBookSnapshot {
  const levels = (side: [string, string][]) => side.map(([price, size]) => ({ price, size }));
  return { symbol: "X-USD", bids: levels(bids), asks: levels(asks), sequence: undefined, timestamp: 0 };
}

describe("restingBuy", () => {
  it(`rests at ${RESTING_FRACTION} of the best bid rounded down to the tick, at the minimum size on the step`, () => {
    // 100.7 × 0.9 = 90.63 → 90.5; the minimum 0.0015 is not on the 0.001 step → 0.002.
    expect(restingBuy(market({}), book([["100.7", "1"]], [["101", "1"]]))).toEqual({
      price: "90.5",
      size: "0.002",
    });
  });

  it("sizes up to the minimum notional at that price", () => {
    // 2000 × 0.9 = 1800; 10 / 1800 = 0.00555… → 0.006 > the minimum 0.005.
    const rules = market({ tickSize: "0.01", minSize: "0.005", minNotional: "10" });
    expect(restingBuy(rules, book([["2000", "1"]], [["2001", "1"]]))).toEqual({
      price: "1800",
      size: "0.006",
    });
    // At 0.9 × 3000 = 2700 the minimum size already covers 10 (0.005 × 2700 = 13.5).
    expect(restingBuy(rules, book([["3000", "1"]], []))).toEqual({ price: "2700", size: "0.005" });
  });

  it("rests under the best ask when the book has no bids, and refuses an empty book", () => {
    expect(restingBuy(market({}), book([], [["50", "1"]]))).toEqual({ price: "45", size: "0.002" });
    expect(() => restingBuy(market({}), book([], []))).toThrow(/book is empty/);
  });
});

describe("expectSaneBook", () => {
  it("accepts ordered positive decimal levels with bids under asks", () => {
    expectSaneBook(
      book(
        [
          ["100", "1"],
          ["99.5", "0.25"],
        ],
        [
          ["100.5", "2"],
          ["101", "3"],
        ],
      ),
      "X-USD",
    );
  });

  it.each([
    ["a crossed book", book([["101", "1"]], [["100", "1"]])],
    ["a locked book", book([["100", "1"]], [["100", "1"]])],
    [
      "bids not falling",
      book(
        [
          ["99", "1"],
          ["99.5", "1"],
        ],
        [],
      ),
    ],
    [
      "asks not rising",
      book(
        [],
        [
          ["101", "1"],
          ["101", "1"],
        ],
      ),
    ],
    ["an exponent", book([["1e2", "1"]], [])],
    ["a zero size", book([["100", "0"]], [])],
    ["an empty book", book([], [])],
  ])("refuses %s", (_what, bad) => {
    expect(() => expectSaneBook(bad, "X-USD")).toThrow();
  });
});

describe("waitForStatus", () => {
  it("resolves once the wanted state was seen", async () => {
    const seen = ["pending"];
    setTimeout(() => seen.push("open"), 20);
    await waitForStatus(() => seen, "open", 2_000);
  });

  it("fails at once when the order ends in another final state", async () => {
    const started = Date.now();
    await expect(waitForStatus(() => ["pending", "rejected"], "open", 10_000)).rejects.toThrow(
      "the order went pending → rejected, never open",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("fails after the timeout when the state never comes", async () => {
    await expect(waitForStatus(() => ["pending"], "open", 150)).rejects.toThrow(/order states/);
  });
});
