import { NotReadyError, ValidationError } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { deriveExtendedTestAccount } from "../../../testkit/src/index.js";
import type { ExtendedPerpetual } from "../../src/index.js";
import {
  adapter,
  EXTENDED_TEST_ACCOUNT,
  engineBook,
  expectAdapterMatchesEngine,
  followBook,
  startVenue,
  until,
  type Venue,
} from "./sim.js";

const ZERO_ACCOUNT = deriveExtendedTestAccount("zero-balance", {
  accountId: 3090,
  clientId: 1090,
  accountIndex: 0,
  vault: 100_090,
  collateral: "0",
});

let venue: Venue | undefined;
let perp: ExtendedPerpetual | undefined;

afterEach(async () => {
  await perp?.stop();
  await venue?.close();
  perp = undefined;
  venue = undefined;
});

describe("ExtendedPerpetual lifecycle against the simulator", () => {
  it("start() then ready(): every component ready, each on venue evidence", async () => {
    venue = await startVenue();
    perp = adapter(venue, EXTENDED_TEST_ACCOUNT, { markets: ["BTC-USD", "ETH-USD"] });
    expect(perp.readiness.isReady()).toBe(false);
    await perp.start();
    await perp.readiness.ready({ timeoutMs: 3_000 });
    const status = perp.readiness.status();
    expect(status.ready).toBe(true);
    const evidence = Object.fromEntries(
      Object.values(status.components).map((c) => [c.component, [c.state, c.evidence]]),
    );
    expect(evidence.markets).toEqual(["ready", "rest-response"]);
    expect(evidence.orderBooks).toEqual(["ready", "snapshot"]);
    expect(evidence.accountStream).toEqual(["ready", "snapshot"]);
    expect(evidence.funding?.[0]).toBe("ready");
    for (const component of ["balances", "positions", "openOrders"])
      expect(evidence[component]?.[0]).toBe("ready");
    expect(status.components.orderBooks?.parts.map((p) => [p.part, p.evidence])).toEqual([
      ["BTC-USD", "snapshot"],
      ["ETH-USD", "snapshot"],
    ]);
    expect(status.components.funding?.parts.map((p) => p.part)).toEqual(["BTC-USD", "ETH-USD"]);

    const book = await followBook(perp, "BTC-USD");
    await until(() => book.seen.book !== undefined, "the BTC-USD book");
    expectAdapterMatchesEngine(perp, venue, EXTENDED_TEST_ACCOUNT, { symbol: "BTC-USD", seen: book.seen });
    await book.unsubscribe();
  });

  it("a zero-balance account is ready, with a zero balance (HTTP 404 on GET /user/balance)", async () => {
    venue = await startVenue({ accounts: [ZERO_ACCOUNT] });
    perp = adapter(venue, ZERO_ACCOUNT);
    await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
    expect(perp.readiness.status().components.balances?.state).toBe("ready");
    const [balance] = await perp.fetchBalances();
    expect(balance).toMatchObject({ asset: "USD", total: "0", available: "0", equity: "0" });
    expect(perp.accountState().balances.map((b) => b.total)).toEqual(["0"]);
    expectAdapterMatchesEngine(perp, venue, ZERO_ACCOUNT);
  });

  it("read-only: ready on market data alone; account calls refuse before sending", async () => {
    venue = await startVenue();
    perp = adapter(venue, null);
    expect(perp.readOnly).toBe(true);
    await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
    const status = perp.readiness.status();
    expect(status.components.balances).toMatchObject({ required: false, satisfied: true, state: "pending" });
    await expect(
      perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "99000" }),
    ).rejects.toThrow(ValidationError);
    await expect(perp.fetchBalances()).rejects.toThrow(/read-only/);
    await expect(perp.watchAccount().next()).rejects.toThrow(ValidationError);
    expect(venue.sim.state.engine.openOrders(String(EXTENDED_TEST_ACCOUNT.accountId))).toEqual([]);
    const book = await followBook(perp, "BTC-USD");
    await until(() => book.seen.book !== undefined, "the book");
    expect(book.seen.book?.bids).toEqual(engineBook(venue, "BTC-USD").bids);
    expect(book.seen.book?.asks).toEqual(engineBook(venue, "BTC-USD").asks);
    await book.unsubscribe();
  });

  it("ready({timeoutMs}) on a stalled component throws NotReadyError naming it and why; it recovers", async () => {
    venue = await startVenue();
    const fault = await venue.harness.faults.serverError("extended", {
      path: "/api/v1/info/markets/BTC-USD/stats",
      count: "unlimited",
    });
    perp = adapter(venue);
    await perp.start();
    const error = await perp.readiness.ready({ timeoutMs: 400 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotReadyError);
    const notReady = error as NotReadyError;
    expect(notReady.missing.map((m) => m.component)).toEqual(["funding"]);
    expect(notReady.missing[0]?.state).toBe("failed");
    expect(notReady.message).toContain("funding");
    expect(notReady.message).toContain("BTC-USD");
    expect(notReady.message).toContain("INTERNAL_SERVER_ERROR");

    fault.clear();
    await perp.readiness.ready({ timeoutMs: 3_000 });
    expect(perp.readiness.status().components.funding?.parts[0]).toMatchObject({
      part: "BTC-USD",
      state: "ready",
      evidence: "rest-response",
    });
    expectAdapterMatchesEngine(perp, venue);
  });

  it("a component still waiting names what it waits for", async () => {
    venue = await startVenue();
    await venue.harness.faults.slow("extended", {
      path: "/api/v1/info/markets/BTC-USD/stats",
      ms: 400,
      count: 1,
    });
    perp = adapter(venue);
    await perp.start();
    const error = (await perp.readiness
      .ready({ components: ["funding"], timeoutMs: 100 })
      .catch((e) => e)) as NotReadyError;
    expect(error).toBeInstanceOf(NotReadyError);
    expect(error.message).toContain(
      "funding (pending: 1 of 1 not ready: BTC-USD (pending: waiting for the funding rate of BTC-USD (GET /info/markets/BTC-USD/stats or the /funding/BTC-USD stream)))",
    );
    await perp.readiness.ready({ timeoutMs: 3_000 });
    expectAdapterMatchesEngine(perp, venue);
  });

  it("fetch* map REST to unified types; the watch iterators deliver", async () => {
    venue = await startVenue();
    perp = adapter(venue);
    const markets = await perp.loadMarkets();
    expect(markets.find((m) => m.symbol === "BTC-USD")).toMatchObject({
      venueId: "BTC-USD",
      base: "BTC",
      quote: "USD",
      status: "active",
      tickSize: "1",
      stepSize: "0.00001",
      minSize: "0.0001",
      priceDecimals: 0,
      sizeDecimals: 5,
      maxLeverage: 50,
    });
    const book = await perp.fetchOrderBook("BTC-USD", { depth: 3 });
    const expected = engineBook(venue, "BTC-USD");
    expect(book.bids).toEqual(expected.bids.slice(0, 3));
    expect(book.asks).toEqual(expected.asks.slice(0, 3));
    const funding = await perp.fetchFunding("BTC-USD");
    expect(funding).toMatchObject({
      symbol: "BTC-USD",
      rate: "0.0000125",
      intervalMs: 3_600_000,
      markPrice: "100000",
    });
    expect(await perp.fetchPositions()).toEqual([]);
    expect(await perp.fetchOpenOrders()).toEqual([]);
    await expect(perp.fetchOrderBook("DOGE-USD")).rejects.toThrow(ValidationError);

    const rates = perp.watchFunding("BTC-USD");
    const first = await rates.next();
    expect(first.value).toMatchObject({ symbol: "BTC-USD", rate: "0.0000125" });
    await rates.return?.();
    const books = perp.watchOrderBook("BTC-USD");
    const snapshot = await books.next();
    expect(snapshot.value?.bids[0]).toEqual(expected.bids[0]);
    await books.return?.();

    await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
    expectAdapterMatchesEngine(perp, venue);
  });

  it("stop() closes every socket and can be followed by start()", async () => {
    venue = await startVenue();
    perp = adapter(venue);
    await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
    expect(venue.harness.connections("extended").length).toBeGreaterThan(0);
    await perp.stop();
    await until(() => venue?.harness.connections("extended").length === 0, "every socket closed");
    expect(perp.readiness.isReady()).toBe(false);
    expect(perp.readiness.status().components.accountStream?.reason).toContain("stopped");
    await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
    expectAdapterMatchesEngine(perp, venue);
  });
});
