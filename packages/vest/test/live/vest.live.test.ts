/**
 * Live tests against Vest's dev environment, skipped unless a registered dev account's keys are in
 * the environment:
 *
 *   VEST_LIVE_API_KEY              X-API-KEY from POST /register
 *   VEST_LIVE_SIGNING_PRIVATE_KEY  the delegated signing key (0x hex) registered for the account
 *   VEST_LIVE_PRIMARY_ADDRESS      the wallet holding the funds (0x address)
 *   VEST_LIVE_ACCOUNT_GROUP        accGroup from POST /register
 *   VEST_LIVE_REST_URL             optional: REST base including /v2 (default: dev's)
 *   VEST_LIVE_WS_URL               optional: WebSocket base, …/ws-api (default: dev's)
 *   VEST_LIVE_MARKET               optional: the market to use (default BTC-PERP)
 *
 * Read-mostly: the one write is a GTC buy (Vest has no post-only) of the minimum size 10 % under
 * the best bid, cancelled before the suite ends (and in afterAll if a step failed).
 * `against-sim.ts` runs this file against the local simulator through the same variables.
 */
import type { AccountEvent, Market, Order } from "@perp/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VestPerpetual } from "../../src/index.js";
import { type VestLiveTarget, vestLiveTarget } from "./env.js";

const target = vestLiveTarget();
const haveKeys = target !== undefined;

const STEP_MS = 60_000;
const WAIT_MS = 30_000;

describe.skipIf(!haveKeys)("live vest testnet", () => {
  const live = target as VestLiveTarget;
  let perp: VestPerpetual;
  let checks: typeof import("../../../core/test/live-checks.js");
  let market: Market;
  /** The suite's own order, once sent: afterAll cancels it if a step failed before the cancel. */
  let placed: Order | undefined;

  beforeAll(async () => {
    // Imported here, not at the top: without keys the suite is skipped and neither the SDK nor
    // @perp/core is ever loaded.
    const [{ VestPerpetual }, helpers] = await Promise.all([
      import("../../src/index.js"),
      import("../../../core/test/live-checks.js"),
    ]);
    checks = helpers;
    perp = new VestPerpetual({
      environment: "dev",
      ...(live.restUrl === undefined ? {} : { restUrl: live.restUrl }),
      ...(live.wsUrl === undefined ? {} : { wsUrl: live.wsUrl }),
      credentials: {
        apiKey: live.apiKey,
        signingKey: live.signingPrivateKey,
        primaryAddress: live.primaryAddress,
        accountGroup: live.accountGroup,
      },
      markets: [live.market],
      // The dev servers can take longer than the 2 s default to confirm an order on the stream.
      orderAckTimeoutMs: 10_000,
    });
  });

  afterAll(async () => {
    const clientOrderId = placed?.clientOrderId;
    const status = clientOrderId === undefined ? undefined : perp.trackedOrder({ clientOrderId })?.status;
    if (
      clientOrderId !== undefined &&
      (status === "pending" || status === "open" || status === "partially-filled")
    ) {
      await perp.cancelOrder({ clientOrderId, symbol: live.market }).catch(() => {});
    }
    await perp?.stop();
  }, STEP_MS);

  it(
    "loads the markets",
    async () => {
      market = await checks.loadLiveMarket(perp, live.market);
    },
    STEP_MS,
  );

  it(
    "fetches a sane order book",
    async () => {
      checks.expectSaneBook(await perp.fetchOrderBook(live.market, { depth: 20 }), live.market);
    },
    STEP_MS,
  );

  it(
    "reads the account balance",
    async () => {
      await checks.expectCollateral(perp, market);
    },
    STEP_MS,
  );

  it(
    "starts the adapter and every readiness component becomes ready",
    async () => {
      await checks.expectEveryComponentReady(perp, WAIT_MS);
    },
    STEP_MS,
  );

  it(
    "rests a GTC buy far under the market, sees it open on the account stream, cancels it and sees it cancelled",
    async () => {
      await perp.start({ waitUntilReady: true, timeoutMs: WAIT_MS });
      const events: AccountEvent[] = [];
      const subscription = await perp.watchAccount((event) => events.push(event), { onError: () => {} });
      const statuses = (clientOrderId: string) =>
        events.flatMap((e) =>
          e.type === "order" && e.order.clientOrderId === clientOrderId ? [e.order.status] : [],
        );
      try {
        const { price, size } = checks.restingBuy(
          market,
          await perp.fetchOrderBook(live.market, { depth: 5 }),
        );
        placed = await perp.placeOrder({
          symbol: live.market,
          side: "buy",
          type: "limit",
          price,
          size,
          timeInForce: "GTC",
        });
        const clientOrderId = placed.clientOrderId as string;
        expect(clientOrderId).toMatch(/^\d+$/);
        await checks.waitForStatus(() => statuses(clientOrderId), "open", WAIT_MS);
        const open = perp.trackedOrder({ clientOrderId });
        expect(open).toMatchObject({ symbol: live.market, side: "buy", filled: "0" });
        expect(open?.id).toMatch(/^0x[0-9a-f]+$/i);
        const listed = await perp.fetchOpenOrders({ symbol: live.market });
        expect(listed.map((o) => o.id)).toContain(open?.id);

        await perp.cancelOrder({ orderId: open?.id as string });
        await checks.waitForStatus(() => statuses(clientOrderId), "cancelled", WAIT_MS);
        expect(perp.trackedOrder({ clientOrderId })?.status).toBe("cancelled");
        await checks.eventually(async () => {
          const after = await perp.fetchOpenOrders({ symbol: live.market });
          expect(after.map((o) => o.id)).not.toContain(open?.id);
        }, WAIT_MS);
      } finally {
        await subscription.unsubscribe();
      }
    },
    STEP_MS,
  );
});
