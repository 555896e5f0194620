/**
 * Live tests against Lighter's testnet, skipped unless an API key of a testnet account is in the
 * environment:
 *
 *   LIGHTER_LIVE_API_PRIVATE_KEY  the API private key (80 hex characters, optional 0x)
 *   LIGHTER_LIVE_ACCOUNT_INDEX    the account index
 *   LIGHTER_LIVE_API_KEY_INDEX    the API key's index (4..254)
 *   LIGHTER_LIVE_REST_URL         optional: REST base (default: the testnet's)
 *   LIGHTER_LIVE_WS_URL           optional: WebSocket endpoint, …/stream (default: the testnet's)
 *   LIGHTER_LIVE_CHAIN_ID         optional: chain id signed into transactions (default: 300, testnet)
 *   LIGHTER_LIVE_MARKET           optional: the market to use (default ETH)
 *
 * Read-mostly: the one write is a post-only buy of the minimum size 10 % under the best bid,
 * cancelled before the suite ends (and in afterAll if a step failed); it spends two nonces of the
 * key. Nothing else may send with the same API key while it runs. `against-sim.ts` runs this file
 * against the local simulator through the same variables.
 */
import type { AccountEvent, Market, Order } from "@perp/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LighterPerpetual } from "../../src/index.js";
import { type LighterLiveTarget, lighterLiveTarget } from "./env.js";

const target = lighterLiveTarget();
const haveKeys = target !== undefined;

const STEP_MS = 60_000;
const WAIT_MS = 30_000;

describe.skipIf(!haveKeys)("live lighter testnet", () => {
  const live = target as LighterLiveTarget;
  let perp: LighterPerpetual;
  let checks: typeof import("../../../core/test/live-checks.js");
  let market: Market;
  /** The suite's own order, once sent: afterAll cancels it if a step failed before the cancel. */
  let placed: Order | undefined;
  let cancelled = false;

  beforeAll(async () => {
    // Imported here, not at the top: without keys the suite is skipped and neither the SDK nor
    // @perp/core is ever loaded.
    const [{ LighterPerpetual }, helpers] = await Promise.all([
      import("../../src/index.js"),
      import("../../../core/test/live-checks.js"),
    ]);
    checks = helpers;
    perp = new LighterPerpetual({
      environment: "testnet",
      ...(live.restUrl === undefined ? {} : { restUrl: live.restUrl }),
      ...(live.wsUrl === undefined ? {} : { wsUrl: live.wsUrl }),
      ...(live.chainId === undefined ? {} : { chainId: live.chainId }),
      credentials: {
        accountIndex: live.accountIndex,
        apiKeyIndex: live.apiKeyIndex,
        apiPrivateKey: live.apiPrivateKey,
      },
      markets: [live.market],
    });
  });

  afterAll(async () => {
    const clientOrderId = placed?.clientOrderId;
    const status = clientOrderId === undefined ? undefined : perp.order({ clientOrderId })?.status;
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
        expect(clientOrderId).toMatch(/^\d+$/);
        await checks.waitForStatus(() => statuses(clientOrderId), "open", WAIT_MS);
        const open = perp.order({ clientOrderId });
        expect(open).toMatchObject({ symbol: live.market, side: "buy", postOnly: true, filled: "0" });
        expect(open?.id).toMatch(/^\d+$/);
        const listed = await perp.fetchOpenOrders({ symbol: live.market });
        expect(listed.map((o) => o.id)).toContain(open?.id);

        await perp.cancelOrder({ orderId: open?.id as string });
        await checks.waitForStatus(() => statuses(clientOrderId), "cancelled", WAIT_MS);
        expect(perp.order({ clientOrderId })?.status).toBe("cancelled");
        cancelled = true;
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

  it(
    "after the cancel, the nonce manager's next nonce equals the venue's nextNonce",
    async () => {
      expect(cancelled, "runs after the order was placed and cancelled").toBe(true);
      const accountIndex = perp.accountIndex as bigint;
      await checks.eventually(async () => {
        const { nonce } = await perp.rest.getNextNonce({ accountIndex, apiKeyIndex: live.apiKeyIndex });
        const local = perp.nonces?.peek();
        expect(local, "the manager holds a sequence").toBeDefined();
        expect(local).toBe(BigInt(nonce));
      }, WAIT_MS);
    },
    STEP_MS,
  );
});
