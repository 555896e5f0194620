/**
 * Live tests against Extended's Starknet testnet (Sepolia), skipped unless a testnet sub-account's
 * keys are in the environment:
 *
 *   EXTENDED_LIVE_API_KEY            API key of the sub-account
 *   EXTENDED_LIVE_STARK_PRIVATE_KEY  its Stark private key (0x hex)
 *   EXTENDED_LIVE_VAULT              its vault (l2Vault), as GET /user/account/info reports it
 *   EXTENDED_LIVE_REST_URL           optional: REST base including /api/v1 (default: the testnet's)
 *   EXTENDED_LIVE_STREAM_URL         optional: stream base (default: the testnet's)
 *   EXTENDED_LIVE_MARKET             optional: the market to use (default BTC-USD)
 *
 * Read-mostly: the one write is a post-only buy of the minimum size 10 % under the best bid,
 * cancelled before the suite ends (and in afterAll if a step failed). `against-sim.ts` runs this
 * file against the local simulator through the same variables.
 */
import type { AccountEvent, Market, Order } from "@perp/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtendedPerpetual } from "../../src/index.js";
import { type ExtendedLiveTarget, extendedLiveTarget } from "./env.js";

const target = extendedLiveTarget();
const haveKeys = target !== undefined;

const STEP_MS = 60_000;
const WAIT_MS = 30_000;

describe.skipIf(!haveKeys)("live extended testnet", () => {
  const live = target as ExtendedLiveTarget;
  let perp: ExtendedPerpetual;
  let checks: typeof import("../../../core/test/live-checks.js");
  let market: Market;
  /** The suite's own order, once sent: afterAll cancels it if a step failed before the cancel. */
  let placed: Order | undefined;

  beforeAll(async () => {
    // Imported here, not at the top: without keys the suite is skipped and neither the SDK nor
    // @perp/core is ever loaded.
    const [{ ExtendedPerpetual }, helpers] = await Promise.all([
      import("../../src/index.js"),
      import("../../../core/test/live-checks.js"),
    ]);
    checks = helpers;
    perp = new ExtendedPerpetual({
      network: "testnet",
      ...(live.restUrl === undefined ? {} : { restBaseUrl: live.restUrl }),
      ...(live.streamUrl === undefined ? {} : { streamBaseUrl: live.streamUrl }),
      credentials: { apiKey: live.apiKey, starkPrivateKey: live.starkPrivateKey, vault: live.vault },
      markets: [live.market],
      userAgent: "perp-extended-live-tests/1.0",
    });
  });

  afterAll(async () => {
    const clientOrderId = placed?.clientOrderId;
    const status = clientOrderId === undefined ? undefined : perp.getOrder({ clientOrderId })?.status;
    if (
      clientOrderId !== undefined &&
      (status === "pending" || status === "open" || status === "partially-filled")
    ) {
      await perp.cancelOrder({ clientOrderId }).catch(() => {});
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
    "rests a post-only buy far under the market, sees it open on the account stream, cancels it and sees it cancelled",
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
          timeInForce: "post-only",
        });
        const clientOrderId = placed.clientOrderId as string;
        expect(clientOrderId).toBeTruthy();
        await checks.waitForStatus(() => statuses(clientOrderId), "open", WAIT_MS);
        const open = perp.getOrder({ clientOrderId });
        expect(open).toMatchObject({ symbol: live.market, side: "buy", postOnly: true, filled: "0" });
        expect(open?.id).toMatch(/^\d+$/);
        const listed = await perp.fetchOpenOrders({ symbol: live.market });
        expect(listed.map((o) => o.id)).toContain(open?.id);

        await perp.cancelOrder({ orderId: open?.id as string });
        await checks.waitForStatus(() => statuses(clientOrderId), "cancelled", WAIT_MS);
        expect(perp.getOrder({ clientOrderId })?.status).toBe("cancelled");
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
