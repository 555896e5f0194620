import type { OrderBookSnapshot } from "@perp/core";
import { parseDecimal } from "@perp/core";
import { expect } from "vitest";
import {
  createExtendedSimulator,
  EXTENDED_STREAM_PREFIX,
  EXTENDED_TEST_ACCOUNT,
  EXTENDED_TEST_SUBACCOUNT,
  type ExtendedSimOptions,
  type ExtendedSimulator,
  type ExtendedTestCredentials,
  type Harness,
  startHarness,
} from "../../../testkit/src/index.js";
import { ExtendedPerpetual, type ExtendedPerpetualConfig } from "../../src/index.js";

/**
 * The Extended simulator on 127.0.0.1 with the system clock, no engine ticks (the mark price and
 * the maker's quotes stay put) and manual stream flushes: order book deltas go out on `flush()`.
 */
export interface Venue {
  sim: ExtendedSimulator;
  harness: Harness;
  http: string;
  stream: string;
  close(): Promise<void>;
}

export async function startVenue(options: ExtendedSimOptions = {}): Promise<Venue> {
  const sim = createExtendedSimulator({
    tickIntervalMs: false,
    streamFlushIntervalMs: false,
    pingIntervalMs: false,
    ...options,
  });
  const harness = await startHarness({ protocols: [sim], admin: false });
  const urls = harness.urls.extended;
  if (urls === undefined) throw new Error("the harness serves no extended venue");
  return {
    sim,
    harness,
    http: urls.http,
    stream: `${urls.ws}${EXTENDED_STREAM_PREFIX}`,
    close: () => harness.close(),
  };
}

/** Adapter settings for fast, deterministic tests: short heartbeats, backoffs and retry delays. */
export function adapterConfig(
  venue: Venue,
  account: ExtendedTestCredentials | null = EXTENDED_TEST_ACCOUNT,
  overrides: ExtendedPerpetualConfig = {},
): ExtendedPerpetualConfig {
  return {
    baseUrl: venue.http,
    streamBaseUrl: venue.stream,
    userAgent: "perp-extended-integration/1.0",
    markets: ["BTC-USD"],
    ...(account === null
      ? {}
      : {
          credentials: {
            apiKey: account.apiKey,
            starkPrivateKey: account.starkPrivateKey,
            vault: account.vault,
          },
        }),
    rest: { retry: { baseDelayMs: 5, maxDelayMs: 20 } },
    stream: {
      heartbeatIntervalMs: 100,
      staleAfterMs: 400,
      connectTimeoutMs: 2_000,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
      snapshotGraceMs: 200,
    },
    retryDelayMs: 50,
    ...overrides,
  };
}

export function adapter(
  venue: Venue,
  /** null: read-only, no credentials. */
  account: ExtendedTestCredentials | null = EXTENDED_TEST_ACCOUNT,
  overrides: ExtendedPerpetualConfig = {},
): ExtendedPerpetual {
  return new ExtendedPerpetual(adapterConfig(venue, account, overrides));
}

/** Polls until `check` returns true (no fixed sleeps). */
export async function until(check: () => boolean, what: string, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const norm = (value: string | undefined) => (value === undefined ? undefined : parseDecimal(value));

/** Keeps the latest book the adapter delivered for one market. */
export async function followBook(perp: ExtendedPerpetual, symbol: string) {
  const seen: { book: OrderBookSnapshot | undefined; count: number } = { book: undefined, count: 0 };
  const subscription = await perp.watchOrderBook(
    symbol,
    (book) => {
      seen.book = book;
      seen.count += 1;
    },
    { onError: () => {} },
  );
  return { seen, unsubscribe: () => subscription.unsubscribe() };
}

/** The simulator engine's book, normalized like the adapter's. */
export function engineBook(venue: Venue, symbol: string) {
  const book = venue.sim.state.engine.book(symbol);
  if (book === undefined) throw new Error(`no book for ${symbol}`);
  const side = (levels: { price: string; size: string }[]) =>
    levels.map((l) => ({ price: parseDecimal(l.price), size: parseDecimal(l.size) }));
  return { bids: side(book.bids), asks: side(book.asks) };
}

/**
 * The closing comparison of every test: the adapter's open orders, positions, balance and (when a
 * book is followed) its book equal the simulator engine's.
 */
export function expectAdapterMatchesEngine(
  perp: ExtendedPerpetual,
  venue: Venue,
  account: ExtendedTestCredentials = EXTENDED_TEST_ACCOUNT,
  book?: { symbol: string; seen: { book: OrderBookSnapshot | undefined } },
): void {
  const engine = venue.sim.state.engine;
  const id = String(account.accountId);
  const engineOrders = engine
    .openOrders(id)
    .map((o) => ({ id: o.id, clientOrderId: o.clientId, remaining: norm(o.remainingSize) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const ourOrders = perp
    .trackedOpenOrders()
    .map((o) => ({ id: o.id, clientOrderId: o.clientOrderId, remaining: o.remaining }))
    .sort((a, b) => (a.id ?? "").localeCompare(b.id ?? ""));
  expect(ourOrders).toEqual(engineOrders);

  const enginePositions = engine
    .positions(id)
    .filter((p) => p.side !== "flat")
    .map((p) => ({ symbol: p.market, side: p.side, size: parseDecimal(p.size.replace(/^-/, "")) }));
  const state = perp.accountState();
  expect(state.positions.map((p) => ({ symbol: p.symbol, side: p.side, size: p.size }))).toEqual(
    enginePositions,
  );

  const balance = engine.balance(id);
  const total = balance === undefined ? "0" : truncateUsd(balance.balance);
  expect(state.balances.map((b) => b.total)).toEqual([total]);

  if (book !== undefined) {
    const expected = engineBook(venue, book.symbol);
    expect(book.seen.book?.bids[0]).toEqual(expected.bids[0]);
    expect(book.seen.book?.asks[0]).toEqual(expected.asks[0]);
  }
}

/** Extended reports collateral with 6 decimals, truncated. */
function truncateUsd(value: string): string {
  const [whole = "0", fraction = ""] = value.split(".");
  return parseDecimal(`${whole}.${fraction.padEnd(6, "0").slice(0, 6)}`);
}

export { EXTENDED_TEST_ACCOUNT, EXTENDED_TEST_SUBACCOUNT };
