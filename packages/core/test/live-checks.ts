/** Venue-neutral checks and choices of the live suite (shared by every venue package's test/live suite). */
import {
  compareDecimal,
  divDecimal,
  type Market,
  maxDecimal,
  mulDecimal,
  type OrderBookSnapshot,
  type Perpetual,
  quantize,
  signDecimal,
} from "@perp/core";
import { expect } from "vitest";

const FINAL_STATUSES: readonly string[] = ["filled", "cancelled", "rejected", "expired"];

/** A plain positive decimal string as the SDK hands out: digits, optional fraction, no sign or exponent. */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

export function expectPositiveDecimal(value: unknown, what: string): void {
  expect(typeof value === "string" && PLAIN_DECIMAL.test(value), `${what}: ${String(value)}`).toBe(true);
  expect(signDecimal(value as string), `${what} is positive`).toBe(1);
}

/** Levels are positive decimal strings, bids strictly falling, asks strictly rising, bids below asks. */
export function expectSaneBook(book: OrderBookSnapshot, symbol: string): void {
  expect(book.symbol).toBe(symbol);
  expect(book.bids.length + book.asks.length, "the book has levels").toBeGreaterThan(0);
  for (const [side, levels] of [
    ["bid", book.bids],
    ["ask", book.asks],
  ] as const) {
    levels.forEach((level, i) => {
      expectPositiveDecimal(level.price, `${side} ${i} price`);
      expectPositiveDecimal(level.size, `${side} ${i} size`);
      const previous = levels[i - 1];
      if (previous !== undefined) {
        const order = compareDecimal(level.price, previous.price);
        expect(order, `${side} ${i} (${level.price}) after ${previous.price}`).toBe(side === "bid" ? -1 : 1);
      }
    });
  }
  const bid = book.bids[0]?.price;
  const ask = book.asks[0]?.price;
  if (bid !== undefined && ask !== undefined) {
    expect(compareDecimal(bid, ask), `best bid ${bid} < best ask ${ask}`).toBe(-1);
  }
}

/**
 * How far under the touch the resting buy sits: far enough not to trade while the suite runs, near
 * enough for the venues' price bands (Lighter refuses limits "too far from the mark price", 21734,
 * at an undocumented distance).
 */
export const RESTING_FRACTION = "0.9";

/**
 * A buy limit that rests without trading: RESTING_FRACTION of the best bid (of the best ask on a
 * book without bids) rounded down to the tick, at the smallest size the market accepts at that
 * price (its minimum size, or more when a minimum notional asks for it).
 */
export function restingBuy(market: Market, book: OrderBookSnapshot): { price: string; size: string } {
  const reference = book.bids[0]?.price ?? book.asks[0]?.price;
  if (reference === undefined) throw new Error(`the ${market.symbol} book is empty: no price to rest under`);
  const price = quantize(mulDecimal(reference, RESTING_FRACTION), market.tickSize, "down");
  if (signDecimal(price) <= 0) throw new Error(`no positive tick under ${reference} × ${RESTING_FRACTION}`);
  const minimum = quantize(market.minSize, market.stepSize, "up");
  const size =
    market.minNotional === undefined
      ? minimum
      : maxDecimal(minimum, quantize(divDecimal(market.minNotional, price, 18, "up"), market.stepSize, "up"));
  return { price, size };
}

/** Polls `check` until it stops throwing; rethrows its last failure after `timeoutMs`. */
export async function eventually(check: () => void | Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline || (error as { final?: boolean }).final === true) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Waits until the order states seen so far (in arrival order) include `wanted`; a final state other
 * than `wanted` ends the wait at once instead of running out the clock.
 */
export async function waitForStatus(seen: () => readonly string[], wanted: string, timeoutMs: number) {
  await eventually(() => {
    const states = seen();
    const final = states.find((s) => FINAL_STATUSES.includes(s) && s !== wanted);
    if (final !== undefined && !states.includes(wanted)) {
      throw Object.assign(new Error(`the order went ${states.join(" → ")}, never ${wanted}`), {
        final: true,
      });
    }
    expect(states, "order states on the account stream").toContain(wanted);
  }, timeoutMs);
}

/** Loads the venue's markets and returns `symbol`'s, checking it is active with positive trading rules. */
export async function loadLiveMarket(perp: Perpetual, symbol: string): Promise<Market> {
  const markets = await perp.loadMarkets();
  const market = markets.find((m) => m.symbol === symbol);
  expect(market, `market ${symbol}`).toBeDefined();
  expect(market?.active).toBe(true);
  for (const field of ["tickSize", "stepSize", "minSize"] as const) {
    expectPositiveDecimal(market?.[field], field);
  }
  return market as Market;
}

/** The account holds a positive balance of the market's settlement asset. */
export async function expectCollateral(perp: Perpetual, market: Market): Promise<void> {
  const balances = await perp.fetchBalances();
  const collateral = balances.find((b) => b.asset === market.settle);
  expect(collateral, `a ${market.settle} balance`).toBeDefined();
  expectPositiveDecimal(collateral?.total, "total");
  expect(collateral?.available).toMatch(/^-?\d+(\.\d+)?$/);
}

/** Starts the adapter and requires every readiness component, each reported as required and ready. */
export async function expectEveryComponentReady(perp: Perpetual, timeoutMs: number): Promise<void> {
  await perp.start();
  await perp.readiness.ready({ timeoutMs });
  const status = perp.readiness.status();
  expect(status.ready).toBe(true);
  expect(Object.keys(status.components)).toEqual(
    expect.arrayContaining([
      "markets",
      "orderBooks",
      "funding",
      "balances",
      "positions",
      "openOrders",
      "accountStream",
    ]),
  );
  for (const component of Object.values(status.components)) {
    expect(component.required, `${component.component} is required`).toBe(true);
    expect(component.state, `${component.component}: ${component.reason}`).toBe("ready");
  }
}
