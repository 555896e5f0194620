import { describe, expect, it } from "vitest";
import { VEST_LIVE_ENV, vestLiveTarget } from "./env.js";

const SIGNING_KEY = "ab".repeat(32);
const KEYS = {
  [VEST_LIVE_ENV.apiKey]: "vest-api-secret-value",
  [VEST_LIVE_ENV.signingPrivateKey]: `0x${SIGNING_KEY}`,
  [VEST_LIVE_ENV.primaryAddress]: "0x00000000000000000000000000000000000000aa",
  [VEST_LIVE_ENV.accountGroup]: "3",
};

describe("vestLiveTarget", () => {
  it("is undefined without keys (blank values count as unset), so the live suite is skipped", () => {
    expect(vestLiveTarget({})).toBeUndefined();
    expect(
      vestLiveTarget({ [VEST_LIVE_ENV.apiKey]: " ", [VEST_LIVE_ENV.restUrl]: "http://x/v2" }),
    ).toBeUndefined();
  });

  it("reads every key and defaults to the dev environment and BTC-PERP", () => {
    expect(vestLiveTarget(KEYS)).toEqual({
      apiKey: "vest-api-secret-value",
      signingPrivateKey: `0x${SIGNING_KEY}`,
      primaryAddress: "0x00000000000000000000000000000000000000aa",
      accountGroup: 3,
      restUrl: undefined,
      wsUrl: undefined,
      market: "BTC-PERP",
    });
    expect(
      vestLiveTarget({
        ...KEYS,
        [VEST_LIVE_ENV.signingPrivateKey]: SIGNING_KEY,
        [VEST_LIVE_ENV.restUrl]: "http://127.0.0.1:1/v2",
        [VEST_LIVE_ENV.wsUrl]: "ws://127.0.0.1:1/ws-api",
        [VEST_LIVE_ENV.market]: "ETH-PERP",
      }),
    ).toMatchObject({
      signingPrivateKey: `0x${SIGNING_KEY}`,
      restUrl: "http://127.0.0.1:1/v2",
      wsUrl: "ws://127.0.0.1:1/ws-api",
      market: "ETH-PERP",
    });
  });

  it("refuses some keys without the others and malformed values, naming variables, never values", () => {
    const partial = { [VEST_LIVE_ENV.apiKey]: KEYS[VEST_LIVE_ENV.apiKey] };
    expect(() => vestLiveTarget(partial)).toThrow(
      /VEST_LIVE_SIGNING_PRIVATE_KEY, VEST_LIVE_PRIMARY_ADDRESS, VEST_LIVE_ACCOUNT_GROUP too/,
    );
    expect(() => vestLiveTarget(partial)).not.toThrow(/secret-value/);
    const shortKey = `0x${"cd".repeat(31)}`;
    expect(() => vestLiveTarget({ ...KEYS, [VEST_LIVE_ENV.signingPrivateKey]: shortKey })).toThrow(
      /VEST_LIVE_SIGNING_PRIVATE_KEY must be 32 bytes of hex/,
    );
    expect(() => vestLiveTarget({ ...KEYS, [VEST_LIVE_ENV.signingPrivateKey]: shortKey })).not.toThrow(
      /cdcd/,
    );
    expect(() => vestLiveTarget({ ...KEYS, [VEST_LIVE_ENV.accountGroup]: "x" })).toThrow(
      /VEST_LIVE_ACCOUNT_GROUP must be/,
    );
  });
});
