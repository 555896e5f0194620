import { NotReadyError, type OrderBookSnapshot } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lighterTestCredentials } from "../../../testkit/src/venues/lighter/index.js";
import type { LighterPerpetual } from "../../src/perpetual/index.js";
import {
  adapterFor,
  eventually,
  expectAccountMatchesEngine,
  expectBookMatchesEngine,
  type SimSetup,
  startLighterSim,
} from "./sim.js";

let setup: SimSetup;
const adapters: LighterPerpetual[] = [];

function track(perp: LighterPerpetual): LighterPerpetual {
  adapters.push(perp);
  return perp;
}

beforeEach(async () => {
  setup = await startLighterSim();
});

afterEach(async () => {
  await Promise.all(adapters.splice(0).map((perp) => perp.stop()));
  await setup.close();
});

describe("LighterPerpetual lifecycle against the simulator", () => {
  it("start → ready() resolves with every component ready, each with its evidence", async () => {
    const perp = track(adapterFor(setup));
    await perp.start();
    await perp.readiness.ready({ timeoutMs: 5000 });
    const status = perp.readiness.status();
    expect(status.ready).toBe(true);
    for (const name of [
      "markets",
      "orderBooks",
      "funding",
      "balances",
      "positions",
      "openOrders",
      "accountStream",
    ]) {
      expect(status.components[name]?.state, name).toBe("ready");
    }
    expect(status.components.markets?.evidence).toBe("rest-response");
    expect(status.components.funding?.evidence).toBe("rest-response");
    expect(status.components.orderBooks?.parts.map((p) => [p.part, p.state, p.evidence])).toEqual([
      ["ETH", "ready", "snapshot"],
    ]);
    expect(status.components.accountStream?.evidence).toBe("snapshot");

    const markets = await perp.loadMarkets();
    const eth = markets.find((m) => m.symbol === "ETH");
    expect(eth).toMatchObject({
      venueId: "0",
      tickSize: "0.01",
      stepSize: "0.0001",
      minSize: "0.005",
      maxLeverage: 50,
    });
    expect(eth?.takerFee).toBe("0.00028");

    const funding = await perp.fetchFunding("ETH");
    expect(funding.rate).toBe(setup.sim.engine.market("ETH")?.fundingRate);
    expect(funding.intervalMs).toBe(3_600_000);

    const book = await perp.fetchOrderBook("ETH", { depth: 2 });
    const engineBook = setup.sim.engine.book("ETH");
    expect(book.bids[0]?.price).toBe(engineBook?.bids[0]?.price.replace(/0+$/, "").replace(/\.$/, ""));
    expect(book.bids).toHaveLength(2);

    await expectBookMatchesEngine(setup, perp);
    await expectAccountMatchesEngine(setup, perp);
  });

  it("a zero-balance account is ready with a zero USDC balance", async () => {
    const zero = lighterTestCredentials("zero-balance", 290n);
    setup.sim.addAccount({
      accountIndex: zero.accountIndex,
      l1Address: zero.l1Address,
      apiKeys: [{ apiKeyIndex: zero.apiKeyIndex, publicKey: zero.apiPublicKey }],
    });
    const perp = track(adapterFor(setup, zero));
    await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
    const balances = await perp.fetchBalances();
    expect(balances).toHaveLength(1);
    expect(balances[0]).toMatchObject({ asset: "USDC", total: "0", available: "0", locked: "0" });
    expect(perp.readiness.component("balances")?.state).toBe("ready");
    expect(await perp.fetchPositions()).toEqual([]);
    expect(await perp.fetchOpenOrders()).toEqual([]);
    await expectAccountMatchesEngine(setup, perp, zero);
  });

  it("read-only: market data is ready without an account, trading is refused before anything is sent", async () => {
    const perp = track(adapterFor(setup, null));
    await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
    const status = perp.readiness.status();
    expect(status.components.balances).toMatchObject({ required: false, satisfied: true });
    expect(status.components.balances?.reason).toContain("read-only");
    await expect(
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "0.01", price: "2000" }),
    ).rejects.toThrow(/read-only/);
    await expect(perp.fetchBalances()).rejects.toThrow(/read-only/);
    await expectBookMatchesEngine(setup, perp);
  });

  it("ready({timeoutMs}) on a stalled component throws NotReadyError naming it and why", async () => {
    // Every funding-rates request fails: funding never becomes ready, and says why.
    await setup.harness.faults.serverError("lighter", {
      path: "/api/v1/funding-rates",
      count: "unlimited",
      status: 503,
    });
    const perp = track(adapterFor(setup));
    await perp.start();
    const error = await perp.readiness.ready({ timeoutMs: 400 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotReadyError);
    const missing = (error as NotReadyError).missing;
    expect(missing.map((m) => m.component)).toEqual(["funding"]);
    expect(missing[0]?.state).toBe("failed");
    expect(missing[0]?.reason).toMatch(/funding-rates/);
    expect((error as Error).message).toMatch(/funding/);
    setup.harness.faults.clear({ venue: "lighter" });
    await perp.readiness.ready({ timeoutMs: 3000 });
    await expectAccountMatchesEngine(setup, perp);
    await expectBookMatchesEngine(setup, perp);
  });

  it("watch* in both forms: async iterators and callbacks, unsubscribed cleanly", async () => {
    const perp = track(adapterFor(setup, null, { markets: [] }));
    await perp.start();
    const books = perp.watchOrderBook("ETH");
    await books.ready;
    const first = await books.next();
    expect(first.done).toBe(false);
    expect(first.value?.symbol).toBe("ETH");
    expect(first.value?.bids.length).toBeGreaterThan(0);
    await books.return?.();
    expect((await books.next()).done).toBe(true);

    const rates: string[] = [];
    const funding = await perp.watchFunding("ETH", (rate) => rates.push(rate.rate));
    await eventually(() => expect(rates.length).toBeGreaterThan(0));
    // market_stats prints the hourly rate in percent with 4 decimals: 0.00125 % → "0.0013".
    expect(Math.abs(Number(rates[0]) - Number(setup.sim.engine.market("ETH")?.fundingRate))).toBeLessThan(
      1e-6,
    );
    await funding.unsubscribe();

    const seen: string[] = [];
    const sub = await perp.watchOrderBook("BTC", (book) => seen.push(book.symbol));
    await eventually(() => expect(seen).toContain("BTC"));
    await sub.unsubscribe();
    // Released feeds: nothing is held any more. The book the iterator gave equals the engine's.
    expect(perp.orderBook("ETH")).toBeUndefined();
    expect(perp.orderBook("BTC")).toBeUndefined();
    const engineBook = setup.sim.engine.book("ETH");
    const firstBook = first.value as OrderBookSnapshot;
    expect(firstBook.bids.map((l) => Number(l.price))).toEqual(engineBook?.bids.map((l) => Number(l.price)));
    expect(firstBook.asks.map((l) => Number(l.size))).toEqual(engineBook?.asks.map((l) => Number(l.size)));
  });

  it("stop() closes every socket and the instance starts again", async () => {
    const perp = track(adapterFor(setup));
    await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
    expect(setup.harness.connections("lighter").length).toBeGreaterThan(0);
    await perp.stop();
    expect(perp.readiness.isReady()).toBe(false);
    await expect.poll(() => setup.harness.connections("lighter").length).toBe(0);
    await perp.start({ waitUntilReady: true, timeoutMs: 5000 });
    await expectBookMatchesEngine(setup, perp);
    await expectAccountMatchesEngine(setup, perp);
  });
});
