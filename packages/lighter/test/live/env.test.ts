import { describe, expect, it } from "vitest";
import { LIGHTER_LIVE_ENV, lighterLiveTarget } from "./env.js";

const KEYS = {
  [LIGHTER_LIVE_ENV.apiPrivateKey]: "0xlighter-secret-value",
  [LIGHTER_LIVE_ENV.accountIndex]: "281474976710000",
  [LIGHTER_LIVE_ENV.apiKeyIndex]: "4",
};

describe("lighterLiveTarget", () => {
  it("is undefined without keys (blank values count as unset), so the live suite is skipped", () => {
    expect(lighterLiveTarget({})).toBeUndefined();
    expect(
      lighterLiveTarget({ [LIGHTER_LIVE_ENV.accountIndex]: "", [LIGHTER_LIVE_ENV.chainId]: "300" }),
    ).toBe(undefined);
  });

  it("reads every key, keeps the account index exact and defaults to the testnet and ETH", () => {
    expect(lighterLiveTarget(KEYS)).toEqual({
      apiPrivateKey: "0xlighter-secret-value",
      accountIndex: "281474976710000",
      apiKeyIndex: 4,
      restUrl: undefined,
      wsUrl: undefined,
      chainId: undefined,
      market: "ETH",
    });
    expect(
      lighterLiveTarget({
        ...KEYS,
        [LIGHTER_LIVE_ENV.restUrl]: "http://127.0.0.1:1",
        [LIGHTER_LIVE_ENV.wsUrl]: "ws://127.0.0.1:1/stream",
        [LIGHTER_LIVE_ENV.chainId]: "300",
        [LIGHTER_LIVE_ENV.market]: "BTC",
      }),
    ).toMatchObject({
      restUrl: "http://127.0.0.1:1",
      wsUrl: "ws://127.0.0.1:1/stream",
      chainId: 300,
      market: "BTC",
    });
  });

  it("refuses some keys without the others and malformed numbers, naming variables, never values", () => {
    const partial = { [LIGHTER_LIVE_ENV.apiPrivateKey]: KEYS[LIGHTER_LIVE_ENV.apiPrivateKey] };
    expect(() => lighterLiveTarget(partial)).toThrow(
      /LIGHTER_LIVE_ACCOUNT_INDEX, LIGHTER_LIVE_API_KEY_INDEX too/,
    );
    expect(() => lighterLiveTarget(partial)).not.toThrow(/secret-value/);
    expect(() => lighterLiveTarget({ ...KEYS, [LIGHTER_LIVE_ENV.accountIndex]: "-1" })).toThrow(
      /LIGHTER_LIVE_ACCOUNT_INDEX must be/,
    );
    expect(() => lighterLiveTarget({ ...KEYS, [LIGHTER_LIVE_ENV.apiKeyIndex]: "four" })).toThrow(
      /LIGHTER_LIVE_API_KEY_INDEX must be/,
    );
    expect(() => lighterLiveTarget({ ...KEYS, [LIGHTER_LIVE_ENV.chainId]: "3e2" })).toThrow(
      /LIGHTER_LIVE_CHAIN_ID must be/,
    );
  });
});
