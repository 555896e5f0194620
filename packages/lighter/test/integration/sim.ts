import { compareDecimal, type Order, type OrderBookSnapshot, roundDecimal } from "@perp/core";
import { expect } from "vitest";
// Only the harness and the Lighter protocol (not testkit's index): other venues are not needed here.
import { type Harness, startHarness } from "../../../testkit/src/server/index.js";
import {
  DEFAULT_LIGHTER_MARKETS,
  LIGHTER_COUNTERPARTY_CREDENTIALS,
  LIGHTER_TEST_CREDENTIALS,
  type LighterSimulator,
  type LighterSimulatorOptions,
  type LighterTestCredentials,
  manualLighterSimulator,
} from "../../../testkit/src/venues/lighter/index.js";
import { LighterPerpetual, type LighterPerpetualConfig } from "../../src/perpetual/index.js";

/**
 * Frozen marks and a known maker ladder on ETH (0.5 ETH every 1.00 around 3000), no maker on BTC:
 * tests know the book. The manual clock starts at the wall clock so tx expiries, order expiries
 * and auth-token deadlines computed by the adapter are valid for the simulator; nothing periodic
 * runs unless a test advances the clock.
 */
export const QUIET_MARKETS = DEFAULT_LIGHTER_MARKETS.map((m) => ({
  ...m,
  priceWalkTicks: 0,
  marketMaker:
    m.symbol === "ETH" ? { levels: 3, spacingTicks: 100, sizePerLevel: "0.5000" } : (false as const),
}));

export interface SimSetup {
  sim: LighterSimulator & { readonly clock: { now(): number; advance(ms: number): void } };
  harness: Harness;
  restUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

export async function startLighterSim(
  options: Omit<LighterSimulatorOptions, "clock"> = {},
): Promise<SimSetup> {
  const sim = manualLighterSimulator({ markets: QUIET_MARKETS, startMs: Date.now(), ...options });
  const harness = await startHarness({ protocols: [sim], admin: false });
  const urls = harness.urls.lighter;
  if (urls === undefined) throw new Error("the harness serves no lighter venue");
  return { sim, harness, restUrl: urls.http, wsUrl: `${urls.ws}/stream`, close: () => harness.close() };
}

/** Short heartbeats, quick reconnects and retries: faults are noticed in a fraction of a second. */
export function adapterFor(
  setup: SimSetup,
  /** `null`: read-only. */
  credentials: LighterTestCredentials | null = LIGHTER_TEST_CREDENTIALS,
  extra: LighterPerpetualConfig = {},
): LighterPerpetual {
  return new LighterPerpetual({
    restUrl: setup.restUrl,
    wsUrl: setup.wsUrl,
    chainId: 304,
    markets: ["ETH"],
    now: () => setup.sim.clock.now(),
    ...(credentials === null
      ? {}
      : {
          credentials: {
            accountIndex: credentials.accountIndex,
            apiKeyIndex: credentials.apiKeyIndex,
            apiPrivateKey: credentials.apiPrivateKey,
          },
        }),
    ws: {
      pingIntervalMs: 100,
      staleAfterMs: 400,
      connectTimeoutMs: 2000,
      ackTimeoutMs: 2000,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
    },
    rest: { retry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 } },
    retryDelayMs: 20,
    unknownOutcomeLookupMs: 50,
    ...extra,
  });
}

export function counterparty(setup: SimSetup): LighterPerpetual {
  return adapterFor(setup, LIGHTER_COUNTERPARTY_CREDENTIALS, { markets: [] });
}

/** Polls `check` (a few ms apart) until it passes; rethrows its last failure after `timeoutMs`. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

function engineAccount(setup: SimSetup, credentials: LighterTestCredentials) {
  const account = setup.sim.state.account(credentials.accountIndex);
  if (account === undefined) throw new Error(`no simulator account ${credentials.accountIndex}`);
  return account;
}

/** Open orders, positions and collateral of the adapter equal the simulator engine's. */
export async function expectAccountMatchesEngine(
  setup: SimSetup,
  perp: LighterPerpetual,
  credentials: LighterTestCredentials = LIGHTER_TEST_CREDENTIALS,
): Promise<void> {
  const engine = setup.sim.engine;
  const account = engineAccount(setup, credentials);
  await eventually(() => {
    const view = perp.accountView();
    const engineOpen = engine
      .openOrders(account.engineId)
      .map((o) => setup.sim.state.metas.get(o.id))
      .map((meta) => ({ id: meta?.orderIndex.toString(), remaining: meta?.view.remainingSize }));
    const ours = view.openOrders.map((o: Order) => ({ id: o.id, remaining: o.remaining }));
    expect(sortById(ours).map((o) => o.id)).toEqual(sortById(engineOpen).map((o) => o.id));
    for (const o of ours) {
      const twin = engineOpen.find((e) => e.id === o.id);
      expect(compareDecimal(o.remaining, twin?.remaining ?? "-1")).toBe(0);
    }
    const balance = engine.balance(account.engineId);
    const usdc = view.balances.find((b) => b.asset === "USDC");
    expect(usdc).toBeDefined();
    // Lighter prints USDC with 6 decimals (rounded down); the engine keeps full precision.
    expect(compareDecimal(usdc?.total ?? "-1", roundDecimal(balance?.balance ?? "-2", 6, "down"))).toBe(0);
    for (const market of QUIET_MARKETS) {
      const position = engine.position(account.engineId, market.symbol);
      const size = position === undefined ? "0" : position.size.replace(/^-/, "");
      const ourPosition = view.positions.find((p) => p.symbol === market.symbol);
      expect(compareDecimal(ourPosition?.size ?? "0", size)).toBe(0);
      if (ourPosition !== undefined && position !== undefined) {
        expect(ourPosition.side).toBe(position.size.startsWith("-") ? "short" : "long");
      }
    }
  });
}

/** The adapter's live book top equals the engine's book. */
export async function expectBookMatchesEngine(setup: SimSetup, perp: LighterPerpetual, symbol = "ETH") {
  await eventually(() => {
    const ours = perp.orderBook(symbol);
    expect(ours).toBeDefined();
    const engineBook = setup.sim.engine.book(symbol);
    const top = (levels: readonly { price: string; size: string }[]) => levels.slice(0, 5).map(normalize);
    expect(top((ours as OrderBookSnapshot).bids)).toEqual(top(engineBook?.bids ?? []));
    expect(top((ours as OrderBookSnapshot).asks)).toEqual(top(engineBook?.asks ?? []));
  });
}

function normalize(level: { price: string; size: string }): { price: string; size: string } {
  const trim = (text: string) => (text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text);
  return { price: trim(level.price), size: trim(level.size) };
}

function sortById<T extends { id: string | undefined }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => ((a.id ?? "") < (b.id ?? "") ? -1 : 1));
}
