import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { LighterSigner } from "../signing/signer.js";
import { resolveLighterConfig } from "./config.js";

const KEY = `0x${"11".repeat(39)}00`;

describe("resolveLighterConfig", () => {
  it("is read-only without credentials and fills in the defaults", () => {
    const config = resolveLighterConfig({
      restUrl: "http://127.0.0.1:9000",
      wsUrl: "ws://127.0.0.1:9000/stream",
      markets: ["ETH", "ETH"],
    });
    expect(config.signer).toBeUndefined();
    expect(config.environment).toMatchObject({
      name: "custom",
      restUrl: "http://127.0.0.1:9000",
      chainId: 304,
    });
    expect(config.markets).toEqual(["ETH"]);
    expect(config).toMatchObject({
      marketOrderSlippage: "0.05",
      orderLifetimeMs: 28 * 86_400_000,
      fundingRateUnits: { rest: "fraction", stream: "percent" },
      accountChannels: ["orders", "positions", "trades", "stats"],
    });
  });

  it("builds the signer from credentials on the environment's chain", () => {
    const config = resolveLighterConfig({
      environment: "testnet",
      credentials: { accountIndex: 281, apiKeyIndex: 4, apiPrivateKey: KEY },
    });
    expect(config.signer).toBeInstanceOf(LighterSigner);
    expect(config.signer?.chainId).toBe(300);
    expect(config.signer?.accountIndex).toBe(281n);
  });

  it.each([
    [{ marketOrderSlippage: "1.5" }, /marketOrderSlippage/],
    [{ marketOrderSlippage: 0.05 as unknown as string }, /marketOrderSlippage/],
    [{ orderLifetimeMs: 60_000 }, /orderLifetimeMs/],
    [{ markets: ["ETH", ""] }, /markets/],
    [{ fundingRateUnits: { rest: "bps" as "percent" } }, /fundingRateUnits.rest/],
    [{ accountChannels: [] }, /accountChannels/],
    [{ retryDelayMs: -1 }, /retryDelayMs/],
    [{ restUrl: "ftp://x" }, /restUrl/],
  ])("refuses %o", (input, message) => {
    expect(() => resolveLighterConfig(input)).toThrow(ValidationError);
    expect(() => resolveLighterConfig(input)).toThrow(message);
  });

  it("a bad key or index is refused without the key in the message", () => {
    const bad = "0xdeadbeef".padEnd(82, "f");
    const attempt = () =>
      resolveLighterConfig({ credentials: { accountIndex: 1, apiKeyIndex: 4, apiPrivateKey: bad } });
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain(bad.slice(2));
      expect(JSON.stringify(error)).not.toContain(bad.slice(2));
    }
    expect(() =>
      resolveLighterConfig({ credentials: { accountIndex: 1, apiKeyIndex: 300, apiPrivateKey: KEY } }),
    ).toThrow(/apiKeyIndex/);
  });

  it("takes a signer or credentials, not both", () => {
    const signer = LighterSigner.fromPrivateKey(KEY, { accountIndex: 1, apiKeyIndex: 4, chainId: 304 });
    expect(resolveLighterConfig({ signer }).signer).toBe(signer);
    expect(() =>
      resolveLighterConfig({ signer, credentials: { accountIndex: 1, apiKeyIndex: 4, apiPrivateKey: KEY } }),
    ).toThrow(/signer/);
  });
});
