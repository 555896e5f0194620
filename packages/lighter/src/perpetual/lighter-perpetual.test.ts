import { CAPABILITY_NAMES, NotReadyError, PerpError, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { LighterPerpetual } from "./lighter-perpetual.js";

const KEY = `0x${"22".repeat(39)}00`;

/** A fetch that records and refuses: these tests must not reach any network. */
function offline() {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    calls.push(String(input instanceof Request ? input.url : input));
    throw new TypeError("offline");
  };
  return { calls, fetch };
}

function trader(fetch: typeof globalThis.fetch) {
  return new LighterPerpetual({
    restUrl: "http://127.0.0.1:1",
    wsUrl: "ws://127.0.0.1:1/stream",
    credentials: { accountIndex: 281, apiKeyIndex: 4, apiPrivateKey: KEY },
    rest: { retry: false },
    fetch,
  });
}

describe("LighterPerpetual (offline)", () => {
  it("declares every capability explicitly", () => {
    const perp = new LighterPerpetual();
    expect(Object.keys(perp.capabilities).sort()).toEqual([...CAPABILITY_NAMES].sort());
    expect(perp.capabilities).toMatchObject({
      marketOrders: true,
      fok: false,
      tpsl: false,
      clientOrderId: true,
    });
  });

  it("validates orders before anything is signed or sent", async () => {
    const { calls, fetch } = offline();
    const perp = trader(fetch);
    await expect(perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "1" })).rejects.toThrow(
      /price is required/,
    );
    await expect(
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        timeInForce: "FOK",
      }),
    ).rejects.toThrow(/does not support fok/);
    await expect(
      perp.placeOrder({
        symbol: "ETH",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        takeProfit: { triggerPrice: "2" },
      }),
    ).rejects.toThrow(/tpsl/);
    await expect(perp.cancelOrder({ orderId: "1", clientOrderId: "2" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(perp.cancelOrder({ orderId: "281474976710700" })).rejects.toThrow(/symbol is required/);
    await expect(perp.setLeverage({ symbol: "ETH", leverage: -1 })).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toEqual([]);
  });

  it("read-only: account methods are refused and the account components are not required", async () => {
    const { calls, fetch } = offline();
    const perp = new LighterPerpetual({ restUrl: "http://127.0.0.1:1", fetch });
    expect(perp.readOnly).toBe(true);
    for (const attempt of [
      perp.placeOrder({ symbol: "ETH", side: "buy", type: "limit", size: "1", price: "1" }),
      perp.cancelAllOrders(),
      perp.fetchBalances(),
      perp.watchAccount(() => {}),
    ]) {
      await expect(attempt).rejects.toThrow(/read-only/);
    }
    expect(calls).toEqual([]);
    expect(perp.readiness.status().components.accountStream).toMatchObject({
      required: false,
      satisfied: true,
    });
  });

  it("before start, ready() names every missing component and what it waits for", async () => {
    const perp = trader(offline().fetch);
    const error = await perp.readiness.ready({ timeoutMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotReadyError);
    const reasons = Object.fromEntries((error as NotReadyError).missing.map((m) => [m.component, m.reason]));
    expect(reasons).toMatchObject({
      markets: expect.stringMatching(/orderBookDetails/),
      funding: expect.stringMatching(/funding-rates/),
      balances: expect.stringMatching(/user_stats/),
      positions: expect.stringMatching(/positions/),
      openOrders: expect.stringMatching(/accountActiveOrders/),
      accountStream: expect.stringMatching(/snapshot/),
    });
    await expect(perp.watchOrderBook("ETH", () => {})).rejects.toBeInstanceOf(PerpError);
  });

  it("a failed start reports the failure and leaves markets failed with the reason", async () => {
    const perp = trader(offline().fetch);
    await expect(perp.start()).rejects.toThrow();
    expect(perp.readiness.component("markets")?.state).toBe("failed");
    expect(perp.readiness.component("markets")?.lastError).toMatch(/orderBookDetails failed/);
  });

  it("never shows the private key", async () => {
    const perp = trader(offline().fetch);
    const bare = KEY.slice(2);
    expect(JSON.stringify(perp)).not.toContain(bare);
    expect(String(perp.toJSON().account)).not.toContain(bare);
    const error = await perp.start().catch((e: unknown) => e);
    expect(String(error)).not.toContain(bare);
    expect(JSON.stringify(perp.readiness.status())).not.toContain(bare);
  });
});
