import { NotReadyError, ValidationError } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_VEST_ACCOUNTS, vestTestCredentials } from "../../../testkit/src/venues/vest/index.js";
import type { VestPerpetual } from "../../src/perpetual/index.js";
import { accountIdOf, adapterFor, eventually, expectInSync, type SimSetup, startVestSim } from "./sim.js";

describe("VestPerpetual against the simulator: start and readiness", () => {
  let setup: SimSetup | undefined;
  let adapter: VestPerpetual | undefined;

  afterEach(async () => {
    await adapter?.stop();
    await setup?.close();
    adapter = undefined;
    setup = undefined;
  });

  it("start → ready() with every component ready, each with its evidence", async () => {
    setup = await startVestSim();
    adapter = adapterFor(setup);
    await adapter.start();
    await adapter.readiness.ready({ timeoutMs: 3000 });
    const status = adapter.readiness.status();
    expect(status.ready).toBe(true);
    const evidence = Object.fromEntries(
      Object.values(status.components).map((c) => [c.component, c.evidence]),
    );
    expect(evidence).toMatchObject({
      markets: "rest-response",
      orderBooks: "snapshot",
      balances: "rest-response",
      positions: "rest-response",
      openOrders: "rest-response",
      accountStream: "subscription-ack",
    });
    expect(["rest-response", "snapshot"]).toContain(status.components.funding?.parts[0]?.evidence);
    expect(adapter.cachedFunding("BTC-PERP")?.rate).toBe("0.0000125");
    await expectInSync(adapter, setup.sim);
  });

  it("a zero-balance account is ready, with a zero USDC balance", async () => {
    const empty = vestTestCredentials("empty");
    setup = await startVestSim({ accounts: [...DEFAULT_VEST_ACCOUNTS, { ...empty, collateral: "0" }] });
    adapter = adapterFor(setup, empty);
    await adapter.start({ waitUntilReady: true, timeoutMs: 3000 });
    expect(adapter.cachedBalances()).toEqual([
      expect.objectContaining({ asset: "USDC", total: "0", available: "0", locked: "0" }),
    ]);
    await expectInSync(adapter, setup.sim, accountIdOf(empty));
  });

  it("read-only without credentials: ready on market data alone; trading is refused before sending", async () => {
    setup = await startVestSim();
    adapter = adapterFor(setup, null);
    await adapter.start({ waitUntilReady: true, timeoutMs: 3000 });
    const status = adapter.readiness.status();
    expect(status.components.balances).toMatchObject({
      required: false,
      reason: expect.stringContaining("read-only"),
    });
    await expect(
      adapter.placeOrder({ symbol: "BTC-PERP", side: "buy", type: "limit", size: "0.01", price: "60000" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(adapter.fetchBalances()).rejects.toBeInstanceOf(ValidationError);
    const book = await adapter.fetchOrderBook("BTC-PERP", { depth: 5 });
    expect(book.bids).toHaveLength(5);
    expect(adapter.cachedOrderBook("BTC-PERP")?.bids[0]).toEqual(book.bids[0]);
    await expectInSync(adapter, setup.sim, accountIdOf(), ["BTC-PERP"], { account: false });
  });

  it("ready({timeoutMs}) on a stalled component throws NotReadyError naming it and why", async () => {
    setup = await startVestSim();
    await setup.harness.faults.slow("vest", { path: "/account$", method: "GET", ms: 800, count: 1 });
    adapter = adapterFor(setup);
    await adapter.start();
    const error = await adapter.readiness.ready({ timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotReadyError);
    const missing = (error as NotReadyError).missing.map((m) => m.component);
    expect(missing).toEqual(["balances", "positions"]);
    expect((error as NotReadyError).message).toContain(
      "balances (pending: waiting for balances (GET /account))",
    );
    await adapter.readiness.ready({ timeoutMs: 3000 });
    await expectInSync(adapter, setup.sim);
  });

  it("stop() closes everything and start() opens it again", async () => {
    setup = await startVestSim();
    adapter = adapterFor(setup);
    await adapter.start({ waitUntilReady: true, timeoutMs: 3000 });
    const books: number[] = [];
    const iterator = adapter.watchOrderBook("BTC-PERP");
    await iterator.ready;
    await adapter.stop();
    await eventually(() => expect(setup?.harness.connections("vest")).toEqual([]));
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(adapter.readiness.isReady()).toBe(false);
    await adapter.start({ waitUntilReady: true, timeoutMs: 3000 });
    const sub = await adapter.watchOrderBook("BTC-PERP", (book) => books.push(book.bids.length));
    await eventually(() => expect(books.length).toBeGreaterThan(0));
    await sub.unsubscribe();
    await expectInSync(adapter, setup.sim);
  });
});
