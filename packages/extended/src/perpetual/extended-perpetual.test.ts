import { CAPABILITY_NAMES, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { EXTENDED_CAPABILITIES } from "./capabilities.js";
import { ExtendedPerpetual } from "./extended-perpetual.js";

// A valid Stark key (a public test constant, never funded) and an API key shaped like Extended's.
const STARK_KEY = "0x3c1e9550e66958296d11b60f8e8e7a7ad990d07fa65d5f7652c4a6c87d4e3cc";
const API_KEY = "0123456789abcdef0123456789abcdef";

/** A fetch that records calls: the tests prove nothing is sent. */
function recordingFetch() {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input instanceof Request ? input.url : input));
    throw new Error("no network in unit tests");
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe("ExtendedPerpetual construction", () => {
  it("declares every capability explicitly", () => {
    expect(Object.keys(EXTENDED_CAPABILITIES).sort()).toEqual([...CAPABILITY_NAMES].sort());
    const perp = new ExtendedPerpetual();
    expect(perp.capabilities).toBe(EXTENDED_CAPABILITIES);
    expect(perp.capabilities.fok).toBe(false);
  });

  it("is read-only without credentials: account components are not required and name why", () => {
    const perp = new ExtendedPerpetual({ markets: ["BTC-USD"] });
    expect(perp.readOnly).toBe(true);
    const status = perp.readiness.status();
    expect(status.missing).toEqual(["markets", "orderBooks", "funding"]);
    expect(status.components.balances).toMatchObject({
      required: false,
      reason: "read-only: no credentials were given",
    });
    expect(status.components.funding?.parts[0]?.reason).toContain("GET /info/markets/BTC-USD/stats");
  });

  it("registers the account components with what they wait for", () => {
    const perp = new ExtendedPerpetual({
      credentials: { apiKey: API_KEY, starkPrivateKey: STARK_KEY, vault: 1 },
    });
    const status = perp.readiness.status();
    expect(status.missing).toEqual(["markets", "balances", "positions", "openOrders", "accountStream"]);
    expect(status.components.balances?.reason).toContain("GET /user/balance");
    expect(status.components.accountStream?.reason).toContain("snapshot burst");
  });

  it("refuses bad credentials without echoing the secrets", () => {
    const attempts = [
      { apiKey: API_KEY, starkPrivateKey: "0xnot-a-key-9f8e7d6c5b4a", vault: 1 },
      { apiKey: " ", starkPrivateKey: STARK_KEY, vault: 1 },
      { apiKey: API_KEY, starkPrivateKey: STARK_KEY, vault: -3 },
    ];
    for (const credentials of attempts) {
      let error: unknown;
      try {
        new ExtendedPerpetual({ credentials });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(text).not.toContain(STARK_KEY.slice(2, 20));
      expect(text).not.toContain("9f8e7d6c5b4a");
      expect(text).not.toContain(API_KEY);
    }
  });

  it("refuses bad configuration", () => {
    expect(() => new ExtendedPerpetual({ markets: [""] })).toThrow(ValidationError);
    expect(() => new ExtendedPerpetual({ baseUrl: "ftp://nope" })).toThrow(ValidationError);
    expect(() => new ExtendedPerpetual({ trading: { marketSlippage: "lots" } })).toThrow(/marketSlippage/);
  });
});

describe("ExtendedPerpetual validates before sending", () => {
  it("refuses account calls in read-only mode without a request", async () => {
    const { calls, fetch } = recordingFetch();
    const perp = new ExtendedPerpetual({ fetch });
    await expect(perp.fetchBalances()).rejects.toThrow(/read-only/);
    await expect(perp.cancelAllOrders()).rejects.toThrow(ValidationError);
    await expect(
      perp.placeOrder({ symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "1" }),
    ).rejects.toThrow(ValidationError);
    await expect(perp.watchAccount(() => {})).rejects.toThrow(ValidationError);
    expect(calls).toEqual([]);
  });

  it("refuses malformed trading requests before anything is signed or sent", async () => {
    const { calls, fetch } = recordingFetch();
    const perp = new ExtendedPerpetual({
      fetch,
      credentials: { apiKey: API_KEY, starkPrivateKey: STARK_KEY, vault: 1 },
    });
    const bad: unknown[] = [
      { symbol: "BTC-USD", side: "buy", type: "limit", size: 0.01, price: "1" },
      { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01" },
      { symbol: "BTC-USD", side: "buy", type: "limit", size: "0.01", price: "1", timeInForce: "FOK" },
      { symbol: "BTC-USD", side: "buy", type: "market", size: "0.01", postOnly: true },
    ];
    for (const request of bad)
      await expect(perp.placeOrder(request as never)).rejects.toThrow(ValidationError);
    await expect(perp.cancelOrder({})).rejects.toThrow(ValidationError);
    await expect(perp.cancelOrder({ orderId: "abc" })).rejects.toThrow(/orderId/);
    await expect(perp.cancelOrders([])).rejects.toThrow(ValidationError);
    await expect(perp.cancelAllAfter(-1)).rejects.toThrow(ValidationError);
    await expect(perp.setLeverage({ symbol: "BTC-USD", leverage: 2.555 })).rejects.toThrow(/two decimal/);
    await expect(perp.fetchOrderBook("BTC-USD", { depth: 0 })).rejects.toThrow(/depth/);
    expect(calls).toEqual([]);
  });
});
