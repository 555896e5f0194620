import { describe, expect, it } from "vitest";
import { EXTENDED_LIVE_ENV, extendedLiveTarget } from "./env.js";

const KEYS = {
  [EXTENDED_LIVE_ENV.apiKey]: "api-key-secret-value",
  [EXTENDED_LIVE_ENV.starkPrivateKey]: "0xstark-secret-value",
  [EXTENDED_LIVE_ENV.vault]: "100005",
};

describe("extendedLiveTarget", () => {
  it("is undefined without keys (blank values count as unset), so the live suite is skipped", () => {
    expect(extendedLiveTarget({})).toBeUndefined();
    expect(
      extendedLiveTarget({ [EXTENDED_LIVE_ENV.apiKey]: "  ", [EXTENDED_LIVE_ENV.restUrl]: "http://x" }),
    ).toBe(undefined);
  });

  it("reads every key, defaults the URLs to the testnet's and the market to BTC-USD", () => {
    expect(extendedLiveTarget(KEYS)).toEqual({
      apiKey: "api-key-secret-value",
      starkPrivateKey: "0xstark-secret-value",
      vault: "100005",
      restUrl: undefined,
      streamUrl: undefined,
      market: "BTC-USD",
    });
    expect(
      extendedLiveTarget({
        ...KEYS,
        [EXTENDED_LIVE_ENV.restUrl]: "http://127.0.0.1:1/api/v1",
        [EXTENDED_LIVE_ENV.streamUrl]: "ws://127.0.0.1:1/stream.extended.exchange/v1",
        [EXTENDED_LIVE_ENV.market]: "ETH-USD",
      }),
    ).toMatchObject({
      restUrl: "http://127.0.0.1:1/api/v1",
      streamUrl: "ws://127.0.0.1:1/stream.extended.exchange/v1",
      market: "ETH-USD",
    });
  });

  it("refuses some keys without the others, naming the missing variables and no value", () => {
    const partial = { [EXTENDED_LIVE_ENV.apiKey]: KEYS[EXTENDED_LIVE_ENV.apiKey] };
    expect(() => extendedLiveTarget(partial)).toThrow(
      /EXTENDED_LIVE_STARK_PRIVATE_KEY, EXTENDED_LIVE_VAULT too/,
    );
    expect(() => extendedLiveTarget(partial)).not.toThrow(/secret-value/);
  });
});
