import {
  type AccountEvent,
  type ComponentState,
  HttpError,
  RateLimitError,
  type ReadinessChange,
  VenueApiError,
} from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SimConnection } from "../../../testkit/src/index.js";
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

let venue: Venue;
let perp: ExtendedPerpetual;
let changes: ReadinessChange[];
let events: AccountEvent[];
let stopWatching: () => Promise<void>;

beforeEach(async () => {
  venue = await startVenue();
  perp = adapter(venue);
  changes = [];
  perp.readiness.on("change", (change) => changes.push(change));
  await perp.start({ waitUntilReady: true, timeoutMs: 3_000 });
  events = [];
  const subscription = await perp.watchAccount((event) => events.push(event), { onError: () => {} });
  stopWatching = () => subscription.unsubscribe();
});

afterEach(async () => {
  await stopWatching();
  await perp.stop();
  await venue.close();
});

function connection(suffix: string): SimConnection {
  const found = venue.harness.connections("extended").find((c) => c.path.endsWith(suffix));
  if (found === undefined) throw new Error(`no open connection on ${suffix}`);
  return found;
}

/** States a component (or one of its parts) went through since `from`. */
function statesOf(component: string, part?: string, from = 0): ComponentState[] {
  return changes
    .slice(from)
    .filter((c) => c.component === component && (part === undefined || c.part === part))
    .map((c) =>
      part === undefined ? c.status.state : (c.status.parts.find((p) => p.part === part)?.state ?? "pending"),
    );
}

async function restingOrder(price: string) {
  const order = await perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "limit", size: "0.3", price });
  await until(
    () => perp.getOrder({ clientOrderId: order.clientOrderId as string })?.status === "open",
    "order open",
  );
  return order;
}

describe("ExtendedPerpetual under faults", () => {
  it("a sequence gap on the book stream resyncs the book, which then equals the simulator's", async () => {
    const book = await followBook(perp, "BTC-USD");
    await until(() => book.seen.book !== undefined, "the book");
    const mark = changes.length;
    await venue.harness.faults.sequence(
      { venue: "extended", connection: connection("/orderbooks/BTC-USD").id },
      {
        action: "skip",
        count: 1,
      },
    );
    await restingOrder("99995");
    venue.sim.flush(); // skipped
    await restingOrder("99994");
    venue.sim.flush(); // arrives with a gap: the stream reconnects for a fresh snapshot
    await until(() => statesOf("orderBooks", "BTC-USD", mark).includes("stale"), "the book part stale");
    await until(() => perp.readiness.isReady(["orderBooks"]), "the book part ready again");
    const expected = engineBook(venue, "BTC-USD");
    await until(
      () => JSON.stringify(book.seen.book?.bids) === JSON.stringify(expected.bids),
      "the resynced book",
    );
    expect(book.seen.book?.bids).toEqual(expected.bids);
    expect(book.seen.book?.asks).toEqual(expected.asks);
    expectAdapterMatchesEngine(perp, venue, EXTENDED_TEST_ACCOUNT, { symbol: "BTC-USD", seen: book.seen });
    await book.unsubscribe();
  });

  it("a duplicated book message is dropped without a resync", async () => {
    const book = await followBook(perp, "BTC-USD");
    await until(() => book.seen.book !== undefined, "the book");
    const mark = changes.length;
    await venue.harness.faults.sequence(
      { venue: "extended", connection: connection("/orderbooks/BTC-USD").id },
      {
        action: "duplicate",
        count: 1,
      },
    );
    await restingOrder("99993");
    const delivered = book.seen.count;
    venue.sim.flush();
    await until(
      () => book.seen.book?.bids.some((l) => l.price === "99993" && l.size === "0.35") === true,
      "the delta",
    );
    // Applying the duplicate twice would double the level; it must be dropped (one delivery).
    expect(book.seen.count).toBe(delivered + 1);
    expect(statesOf("orderBooks", "BTC-USD", mark)).not.toContain("stale");
    expect(book.seen.book?.bids).toEqual(engineBook(venue, "BTC-USD").bids);
    expectAdapterMatchesEngine(perp, venue, EXTENDED_TEST_ACCOUNT, { symbol: "BTC-USD", seen: book.seen });
    await book.unsubscribe();
  });

  it("a dropped account socket: readiness goes stale, then ready after the resync", async () => {
    const mark = changes.length;
    const first = connection("/account").id;
    await venue.harness.faults.drop({ venue: "extended", connection: first });
    await until(() => statesOf("accountStream", undefined, mark).includes("stale"), "accountStream stale");
    await until(() => perp.readiness.isReady(), "ready again");
    expect(statesOf("accountStream", undefined, mark).at(-1)).toBe("ready");
    expect(connection("/account").id).not.toBe(first);
    const resyncs = events
      .filter((e) => e.type === "resync")
      .map((e) => (e.type === "resync" ? e.phase : ""));
    expect(resyncs).toEqual(["started", "completed"]);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("a half-open account socket: an order placed meanwhile is found by reconciliation", async () => {
    await restingOrder("99000");
    const mark = changes.length;
    await venue.harness.faults.halfOpen({ venue: "extended", connection: connection("/account").id });
    // Fills while the stream is silent: its ORDER/TRADE/POSITION messages never arrive.
    const placed = await perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "market", size: "0.01" });
    expect(perp.getOrder({ clientOrderId: placed.clientOrderId as string })?.status).toBe("pending");
    // Cancelled while silent too.
    const resting = perp.trackedOpenOrders().find((o) => o.status === "open");
    await perp.cancelOrder({ orderId: resting?.id as string });
    await until(
      () => statesOf("accountStream", undefined, mark).includes("stale"),
      "stale on the silent socket",
    );
    await until(() => perp.readiness.isReady(), "ready after the reconnect", 4_000);
    const found = perp.getOrder({ clientOrderId: placed.clientOrderId as string });
    expect(found).toMatchObject({ status: "filled", filled: "0.01" });
    expect(perp.getOrder({ id: resting?.id as string })?.status).toBe("cancelled");
    expect(perp.accountState().positions).toMatchObject([{ symbol: "BTC-USD", side: "long", size: "0.01" }]);
    expectAdapterMatchesEngine(perp, venue);
  });

  it("an expired account session closes the stream; it reconnects and is ready again", async () => {
    const mark = changes.length;
    await venue.harness.faults.expireSession({ venue: "extended", connection: connection("/account").id });
    await until(() => statesOf("accountStream", undefined, mark).includes("stale"), "stale");
    await until(() => perp.readiness.isReady(), "ready again");
    expectAdapterMatchesEngine(perp, venue);
  });

  it("REST 429 and 5xx bursts: reads are retried, order POSTs are not", async () => {
    await venue.harness.faults.rateLimit("extended", {
      path: "/api/v1/user/orders",
      method: "GET",
      count: 2,
      retryAfterSeconds: 0,
    });
    expect(await perp.fetchOpenOrders()).toEqual([]);
    await venue.harness.faults.serverError("extended", {
      path: "/api/v1/user/positions",
      method: "GET",
      count: 2,
    });
    expect(await perp.fetchPositions()).toEqual([]);

    await venue.harness.faults.serverError("extended", {
      path: "/api/v1/user/order",
      method: "POST",
      count: 1,
    });
    const unknown = perp.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "99000",
      clientOrderId: "post-5xx",
    });
    await expect(unknown).rejects.toSatisfy((e) => e instanceof VenueApiError || e instanceof HttpError);
    // Not retried: a retry would have met no fault and placed it.
    expect(venue.sim.state.ordersByExternalId(EXTENDED_TEST_ACCOUNT.accountId, "post-5xx")).toEqual([]);
    // The outcome was unknown, so it was looked up by external id; the venue never saw it.
    await until(() => perp.getOrder({ clientOrderId: "post-5xx" })?.status === "rejected", "the lookup");

    await venue.harness.faults.rateLimit("extended", {
      path: "/api/v1/user/order",
      method: "POST",
      count: 1,
    });
    await expect(
      perp.placeOrder({
        symbol: "BTC-USD",
        side: "buy",
        type: "limit",
        size: "0.01",
        price: "99000",
        clientOrderId: "post-429",
      }),
    ).rejects.toThrow(RateLimitError);
    expect(perp.getOrder({ clientOrderId: "post-429" })?.status).toBe("rejected");
    expect(venue.sim.state.ordersByExternalId(EXTENDED_TEST_ACCOUNT.accountId, "post-429")).toEqual([]);
    expectAdapterMatchesEngine(perp, venue);
  });
});
