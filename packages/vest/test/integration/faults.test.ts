import { addDecimal, RateLimitError, type ReadinessChange } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VEST_TEST_CREDENTIALS } from "../../../testkit/src/venues/vest/index.js";
import type { VestPerpetual } from "../../src/perpetual/index.js";
import { VestRestClient } from "../../src/rest/client.js";
import { signOrder } from "../../src/signing/index.js";
import {
  accountIdOf,
  adapterFor,
  counterparty,
  eventually,
  expectInSync,
  type SimSetup,
  simOpenOrderIds,
  startVestSim,
} from "./sim.js";

function connectionIds(setup: SimSetup): { market: string; account: string } {
  const connections = setup.harness.connections("vest");
  const account = connections.find((c) => c.session !== undefined);
  const market = connections.find((c) => c.session === undefined);
  if (account === undefined || market === undefined)
    throw new Error("expected a market and an account socket");
  return { market: market.id, account: account.id };
}

/** Records every state the given component goes through. */
function statesOf(adapter: VestPerpetual, component: string): string[] {
  const states: string[] = [];
  adapter.readiness.on("change", (change: ReadinessChange) => {
    if (change.component === component && change.part === undefined) states.push(change.status.state);
  });
  return states;
}

describe("VestPerpetual against the simulator: faults", () => {
  let setup: SimSetup;
  let adapter: VestPerpetual;

  beforeEach(async () => {
    setup = await startVestSim();
    adapter = adapterFor(setup);
    await adapter.start({ waitUntilReady: true, timeoutMs: 3000 });
  });
  afterEach(async () => {
    await adapter.stop();
    await setup.close();
  });

  it("book stream: a skipped and a duplicated frame are healed by the next full snapshot", async () => {
    const other = counterparty(setup);
    const { market } = connectionIds(setup);
    const topBid = () => setup.sim.engine.book("BTC-PERP", 1)?.bids[0]?.price as string;
    await setup.harness.faults.sequence({ venue: "vest", connection: market }, { action: "skip", count: 1 });
    await other.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: addDecimal(topBid(), "0.01"),
    });
    await expectInSync(adapter, setup.sim);
    await setup.harness.faults.sequence(
      { venue: "vest", connection: market },
      { action: "duplicate", count: 3 },
    );
    await other.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.02",
      price: addDecimal(topBid(), "0.01"),
    });
    await expectInSync(adapter, setup.sim);
    expect(adapter.readiness.isReady(["orderBooks"])).toBe(true);
    await other.stop();
  });

  it("account socket drop: stale, then ready; an order that ended meanwhile is reconciled", async () => {
    const states = statesOf(adapter, "accountStream");
    const resting = await adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
    });
    const engineId = setup.sim.state.orders.get(resting.id as string)?.engineId as string;
    await setup.harness.faults.drop({ venue: "vest", connection: connectionIds(setup).account });
    setup.sim.engine.cancelOrder({ accountId: accountIdOf(), orderId: engineId });
    await eventually(() => expect(states).toContain("stale"));
    await eventually(() => expect(adapter.readiness.isReady()).toBe(true));
    expect(states.at(-1)).toBe("ready");
    await eventually(() =>
      expect(adapter.trackedOrder({ id: resting.id as string })?.status).toBe("cancelled"),
    );
    await expectInSync(adapter, setup.sim);
  });

  it("account socket half-open: detected, resynced, and an order placed meanwhile is found", async () => {
    const states = statesOf(adapter, "openOrders");
    const fault = await setup.harness.faults.halfOpen({
      venue: "vest",
      connection: connectionIds(setup).account,
    });
    // Placed by another client of the same account: only reconciliation can tell the adapter.
    const rest = new VestRestClient({ restUrl: setup.restUrl, apiKey: VEST_TEST_CREDENTIALS.apiKey });
    const signed = await signOrder(VEST_TEST_CREDENTIALS.signingPrivateKey, {
      time: Date.now(),
      nonce: 42,
      symbol: "BTC-PERP",
      isBuy: false,
      size: "0.0100",
      orderType: "LIMIT",
      limitPrice: "70000.00",
    });
    const { id } = await rest.placeOrder(signed);
    await eventually(() => expect(states).toContain("stale"), 3000);
    fault.clear();
    await eventually(() => expect(adapter.readiness.isReady()).toBe(true), 3000);
    expect(adapter.trackedOrder({ id })).toMatchObject({ status: "open", clientOrderId: "42" });
    await expectInSync(adapter, setup.sim);
  });

  it("listen-key expiry: a new key is created and the stream resumes", async () => {
    const before = setup.harness.connections("vest").find((c) => c.session !== undefined)?.session;
    const states = statesOf(adapter, "accountStream");
    await setup.harness.faults.expireSession({ venue: "vest", connection: connectionIds(setup).account });
    await eventually(() => {
      const now = setup.harness.connections("vest").find((c) => c.session !== undefined)?.session;
      expect(now).toBeDefined();
      expect(now).not.toBe(before);
      expect(adapter.readiness.isReady()).toBe(true);
    });
    expect(states).toContain("stale");
    const order = await adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
    });
    expect(order.status).toBe("open");
    await expectInSync(adapter, setup.sim);
  });

  it("REST bursts: reads are retried through 429 and 503; order POSTs are sent once", async () => {
    await setup.harness.faults.rateLimit("vest", {
      path: "/orders$",
      method: "GET",
      count: 2,
      retryAfterSeconds: 0,
    });
    await setup.harness.faults.serverError("vest", { path: "/account$", method: "GET", count: 2 });
    await expect(adapter.fetchOpenOrders()).resolves.toEqual([]);
    expect((await adapter.fetchBalances())[0]?.asset).toBe("USDC");

    const post = await setup.harness.faults.serverError("vest", {
      path: "/orders$",
      method: "POST",
      count: 2,
    });
    const failed = adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
    });
    await expect(failed).rejects.toMatchObject({ name: "VenueApiError", status: 503 });
    expect(setup.harness.faults.active("vest").find((f) => f.id === post.id)?.remaining).toBe(1);
    post.clear();
    const limited = await setup.harness.faults.rateLimit("vest", {
      path: "/orders$",
      method: "POST",
      count: 2,
    });
    await expect(
      adapter.placeOrder({ symbol: "BTC-PERP", side: "buy", type: "limit", size: "0.01", price: "60000" }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(setup.harness.faults.active("vest").find((f) => f.id === limited.id)?.remaining).toBe(1);
    limited.clear();
    expect(adapter.trackedOpenOrders()).toEqual([]);
    expect(simOpenOrderIds(setup.sim, accountIdOf())).toEqual([]);
    await expectInSync(adapter, setup.sim);
  });
});
