import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { resolveVestConfig } from "./config.js";

const SIGNING_KEY = `0x${"11".repeat(32)}` as const;
const API_KEY = "0123456789abcdef0123456789abcdef";
const credentials = {
  apiKey: API_KEY,
  signingKey: SIGNING_KEY,
  primaryAddress: "0x1111111111111111111111111111111111111111",
};

describe("resolveVestConfig", () => {
  it("defaults to the production hosts and read-only mode", () => {
    const config = resolveVestConfig({});
    expect(config.restUrl).toBe("https://server-prod.hz.vestmarkets.com/v2");
    expect(config.wsUrl).toBe("wss://ws-prod.hz.vestmarkets.com/ws-api?version=1.0");
    expect(config.credentials).toBeUndefined();
    expect(config).toMatchObject({
      recvWindowMs: 10_000,
      marketSlippage: "0.05",
      limitIoc: true,
      markets: [],
    });
  });

  it("takes simulator URLs and credentials", () => {
    const config = resolveVestConfig({
      restUrl: "http://127.0.0.1:1/v2",
      wsUrl: "ws://127.0.0.1:1/ws-api",
      credentials: { ...credentials, accountGroup: 3 },
      markets: ["BTC-PERP", "BTC-PERP", "ETH-PERP"],
    });
    expect(config.restUrl).toBe("http://127.0.0.1:1/v2");
    expect(config.wsUrl).toBe("ws://127.0.0.1:1/ws-api?version=1.0");
    expect(config.markets).toEqual(["BTC-PERP", "ETH-PERP"]);
    expect(config.credentials?.accountGroup).toBe(3);
    expect(config.credentials?.signingKey.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it.each([
    [{ marketSlippage: "5%" }, "marketSlippage"],
    [{ marketSlippage: "0" }, "marketSlippage"],
    [{ recvWindowMs: 0 }, "recvWindowMs"],
    [{ orderAckTimeoutMs: -1 }, "orderAckTimeoutMs"],
    [{ markets: ["BTC PERP"] }, "markets.0"],
    [{ wsUrl: "http://x" }, "ws:"],
    [{ credentials: { ...credentials, primaryAddress: "0x12" } }, "primaryAddress"],
    [{ credentials: { ...credentials, accountGroup: -1 } }, "accountGroup"],
  ])("refuses %j", (input, fragment) => {
    expect(() => resolveVestConfig(input as never)).toThrow(ValidationError);
    expect(() => resolveVestConfig(input as never)).toThrow(fragment);
  });

  it("never repeats a credential in its errors", () => {
    const badKey = `0x${"zz".repeat(32)}`;
    const error = (() => {
      try {
        resolveVestConfig({ credentials: { ...credentials, signingKey: badKey as `0x${string}` } });
      } catch (e) {
        return e as ValidationError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error?.toJSON())).not.toContain("zzzz");
    expect(error?.message).not.toContain("zzzz");
    const apiKeyError = (() => {
      try {
        resolveVestConfig({ credentials: { ...credentials, apiKey: `${API_KEY}\n` } });
      } catch (e) {
        return e as ValidationError;
      }
      return undefined;
    })();
    expect(apiKeyError?.message).not.toContain(API_KEY);
  });
});
