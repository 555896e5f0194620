import { type AccountEvent, type ComponentState, RateLimitError, VenueApiError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LighterPerpetual } from "../../src/perpetual/index.js";
import {
  adapterFor,
  counterparty,
  eventually,
  expectAccountMatchesEngine,
  expectBookMatchesEngine,
  type SimSetup,
  startLighterSim,
} from "./sim.js";

let setup: SimSetup;
let perp: LighterPerpetual;
/** Sends orders over REST only (never started): moves the book without a socket of its own. */
let maker: LighterPerpetual;
let events: AccountEvent[];
let accountStates: ComponentState[];

beforeEach(async () => {
  setup = await startLighterSim();
  perp = adapterFor(setup);
  maker = counterparty(setup);
  await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
  events = [];
  await perp.watchAccount((event) => events.push(event));
  accountStates = [];
  perp.readiness.on("change", ({ component, status }) => {
    if (component === "accountStream") accountStates.push(status.state);
  });
});

afterEach(async () => {
  await perp.stop();
  await maker.stop();
  await setup.close();
});

function connectionId(): string {
  const [connection] = setup.harness.connections("lighter");
  if (connection === undefined) throw new Error("the adapter holds no connection");
  return connection.id;
}

async function moveBook(price: string): Promise<void> {
  await maker.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.1", price });
}

describe("LighterPerpetual under faults", () => {
  it("order book: a sequence gap and a duplicate resync the book, which then equals the engine's", async () => {
    const resyncs: string[] = [];
    perp.readiness.on("change", ({ component, part, status }) => {
      if (component === "orderBooks" && part === "ETH") resyncs.push(status.parts[0]?.state ?? "?");
    });
    await setup.harness.faults.sequence(
      { venue: "lighter", connection: connectionId() },
      { action: "skip", count: 1 },
    );
    await moveBook("2990");
    await moveBook("2991");
    await eventually(() => expect(resyncs).toContain("stale"));
    await expectBookMatchesEngine(setup, perp);
    expect(perp.readiness.component("orderBooks")?.state).toBe("ready");

    await setup.harness.faults.sequence(
      { venue: "lighter", connection: connectionId() },
      { action: "duplicate", count: 1 },
    );
    await moveBook("2992");
    await moveBook("2993");
    await expectBookMatchesEngine(setup, perp);
    expect(perp.readiness.isReady()).toBe(true);
    await expectAccountMatchesEngine(setup, perp);
  });

  it("account stream: a dropped socket goes stale and back; an order placed meanwhile is found", async () => {
    await setup.harness.faults.drop({ venue: "lighter", connection: connectionId() });
    const placed = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
    });
    await eventually(() =>
      expect(perp.order({ clientOrderId: placed.clientOrderId as string })?.status).toBe("open"),
    );
    await perp.readiness.ready({ timeoutMs: 3000 });
    expect(accountStates).toContain("stale");
    expect(accountStates.at(-1)).toBe("ready");
    expect(
      events.filter((e) => e.type === "resync").map((e) => (e.type === "resync" ? e.phase : "")),
    ).toEqual(["started", "completed"]);
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("account stream: half-open is detected; an order filled while nothing arrived is reconciled via REST", async () => {
    await setup.harness.faults.halfOpen({ venue: "lighter", connection: connectionId() });
    const placed = await perp.placeOrder({ symbol: "ETH", side: "buy", type: "market", size: "0.1" });
    // Nothing arrives on the half-open socket: the fill is learnt after the reconnect.
    await eventually(() => expect(accountStates).toContain("stale"), 3000);
    await eventually(() =>
      expect(perp.order({ clientOrderId: placed.clientOrderId as string })?.status).toBe("filled"),
    );
    await perp.readiness.ready({ timeoutMs: 3000 });
    expect(accountStates.at(-1)).toBe("ready");
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("REST 429 and 5xx bursts: reads are retried, order sends are not", async () => {
    await setup.harness.faults.rateLimit("lighter", {
      path: "/api/v1/account",
      count: 2,
      retryAfterSeconds: 0,
    });
    await setup.harness.faults.serverError("lighter", { path: "/api/v1/accountActiveOrders", count: 2 });
    expect((await perp.fetchBalances())[0]?.asset).toBe("USDC");
    expect(await perp.fetchOpenOrders()).toEqual([]);

    const txsBefore = setup.sim.state.account(281n)?.txs.length ?? 0;
    await setup.harness.faults.serverError("lighter", { path: "/api/v1/sendTx", count: 1 });
    const failed = perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
      clientOrderId: "77",
    });
    await expect(failed).rejects.toBeInstanceOf(VenueApiError);
    // Outcome unknown (5xx): pending until the lookup finds no such order at the venue.
    await eventually(() => expect(perp.order({ clientOrderId: "77" })?.status).toBe("rejected"));

    await setup.harness.faults.rateLimit("lighter", {
      path: "/api/v1/sendTx",
      count: 1,
      retryAfterSeconds: 0,
    });
    await expect(
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: "0.1",
        price: "2800",
        clientOrderId: "78",
      }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(perp.order({ clientOrderId: "78" })?.status).toBe("rejected");
    expect(setup.sim.state.account(281n)?.txs.length ?? 0).toBe(txsBefore);

    // The next send works: the nonce of the refused sends was handed back or resynced.
    const ok = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
      clientOrderId: "79",
    });
    await eventually(() =>
      expect(perp.order({ clientOrderId: ok.clientOrderId as string })?.status).toBe("open"),
    );
    await expectAccountMatchesEngine(setup, perp);
  });

  it("auth tokens are re-signed before they expire: reads and a resubscription after 11 minutes still work", async () => {
    const before = await perp.fetchOpenOrders();
    setup.sim.clock.advance(11 * 60_000);
    // accountActiveOrders needs a valid token: the one signed at start expired a minute ago.
    expect(await perp.fetchOpenOrders()).toEqual(before);
    await setup.harness.faults.drop({ venue: "lighter", connection: connectionId() });
    await eventually(() => expect(accountStates).toContain("stale"));
    await perp.readiness.ready({ timeoutMs: 3000 });
    const placed = await perp.placeOrder({
      symbol: "ETH",
      side: "buy",
      type: "limit",
      size: "0.1",
      price: "2800",
    });
    await eventually(() =>
      expect(perp.order({ clientOrderId: placed.clientOrderId as string })?.status).toBe("open"),
    );
    await expectAccountMatchesEngine(setup, perp);
  });
});
