import { absDecimal, compareDecimal, type Order, subDecimal } from "@perp/core";
import { expect } from "vitest";
// The vest protocol and the harness only (not testkit's index): the Extended protocol is not needed here.
import { type Harness, startHarness } from "../../../testkit/src/server/index.js";
import {
  VEST_COUNTERPARTY_CREDENTIALS,
  VEST_TEST_CREDENTIALS,
  VestSimulator,
  type VestSimulatorOptions,
  type VestTestCredentials,
} from "../../../testkit/src/venues/vest/index.js";
import { VestPerpetual, type VestPerpetualOptions } from "../../src/perpetual/index.js";

/** Fast real-clock simulator: static mark prices (no engine ticks), full books every 50 ms. */
export interface SimSetup {
  sim: VestSimulator;
  harness: Harness;
  restUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

export async function startVestSim(options: VestSimulatorOptions = {}): Promise<SimSetup> {
  const sim = new VestSimulator({
    tickIntervalMs: 0,
    depthSnapshotIntervalMs: 50,
    tickerIntervalMs: 100,
    ...options,
  });
  const harness = await startHarness({ protocols: [sim], admin: false });
  const urls = harness.urls.vest;
  if (urls === undefined) throw new Error("the harness serves no vest venue");
  return {
    sim,
    harness,
    restUrl: `${urls.http}/v2`,
    wsUrl: `${urls.ws}/ws-api`,
    close: () => harness.close(),
  };
}

/** Short heartbeats, quick reconnects and retries: faults are noticed in a fraction of a second. */
export function adapterFor(
  setup: SimSetup,
  /** `null`: read-only, no credentials. */
  credentials: VestTestCredentials | null = VEST_TEST_CREDENTIALS,
  extra: VestPerpetualOptions = {},
): VestPerpetual {
  return new VestPerpetual({
    restUrl: setup.restUrl,
    wsUrl: setup.wsUrl,
    markets: ["BTC-PERP"],
    ...(credentials === null
      ? {}
      : {
          credentials: {
            apiKey: credentials.apiKey,
            signingKey: credentials.signingPrivateKey,
            primaryAddress: credentials.primaryAddress,
            accountGroup: credentials.accountGroup,
          },
        }),
    socket: {
      pingIntervalMs: 100,
      staleAfterMs: 500,
      connectTimeoutMs: 2000,
      ackTimeoutMs: 2000,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
    },
    restRetry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 },
    loadRetry: { initialDelayMs: 20, maxDelayMs: 100 },
    orderAckTimeoutMs: 1000,
    ...extra,
  });
}

/** A second trader, to rest orders against and to move the book. */
export function counterparty(setup: SimSetup): VestPerpetual {
  return adapterFor(setup, VEST_COUNTERPARTY_CREDENTIALS, { markets: [], orderAckTimeoutMs: 0 });
}

export function accountIdOf(credentials: VestTestCredentials = VEST_TEST_CREDENTIALS): string {
  return credentials.primaryAddress.toLowerCase();
}

/** Polls until `check` stops throwing (the adapter converges asynchronously). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && compareDecimal(a, b) === 0;

const closeTo = (a: string | undefined, b: string | undefined, tolerance: string): boolean =>
  a !== undefined && b !== undefined && compareDecimal(absDecimal(subDecimal(a, b)), tolerance) <= 0;

/** The simulator's open orders of an account, by Vest order id. */
export function simOpenOrderIds(sim: VestSimulator, accountId: string): string[] {
  return sim.engine
    .openOrders(accountId)
    .map((o) => sim.state.orders.byEngineId(o.id)?.id)
    .filter((id): id is string => id !== undefined)
    .sort();
}

/**
 * The adapter's view equals the engine's: open orders (ids), positions (side and size), the USDC
 * balance, and the top of every watched book.
 */
export async function expectInSync(
  adapter: VestPerpetual,
  sim: VestSimulator,
  accountId = accountIdOf(),
  symbols: readonly string[] = ["BTC-PERP"],
  scope: { account: boolean } = { account: true },
): Promise<void> {
  await eventually(() => {
    if (scope.account) expectAccountInSync(adapter, sim, accountId);
    for (const symbol of symbols) {
      const book = adapter.cachedOrderBook(symbol);
      const engineBook = sim.engine.book(symbol, 1);
      expect(same(book?.bids[0]?.price, engineBook?.bids[0]?.price)).toBe(true);
      expect(same(book?.asks[0]?.price, engineBook?.asks[0]?.price)).toBe(true);
      expect(same(book?.bids[0]?.size, engineBook?.bids[0]?.size)).toBe(true);
      expect(same(book?.asks[0]?.size, engineBook?.asks[0]?.size)).toBe(true);
    }
  });
}

function expectAccountInSync(adapter: VestPerpetual, sim: VestSimulator, accountId: string): void {
  const open = adapter
    .trackedOpenOrders()
    .map((o: Order) => o.id ?? `pending:${o.clientOrderId}`)
    .sort();
  expect(open).toEqual(simOpenOrderIds(sim, accountId));

  const flat = sim.engine.positions(accountId).filter((p) => p.side !== "flat");
  expect(adapter.cachedPositions()).toHaveLength(flat.length);
  for (const p of adapter.cachedPositions()) {
    const engine = sim.engine.position(accountId, p.symbol);
    expect(engine?.side).toBe(p.side);
    expect(same(engine?.size.replace("-", ""), p.size)).toBe(true);
  }

  const balance = sim.engine.balance(accountId);
  const usdc = adapter.cachedBalances().find((b) => b.asset === "USDC");
  // The venue reports USDC with 6 decimals; the engine keeps more.
  expect(closeTo(usdc?.total, balance?.balance, "0.000001"), `${usdc?.total} vs ${balance?.balance}`).toBe(
    true,
  );
}
