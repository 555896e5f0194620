import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { MAINNET_DOMAIN, TESTNET_DOMAIN } from "../signing/index.js";
import { EXTENDED_ENVIRONMENTS, resolveEnvironment } from "./environments.js";

describe("environments", () => {
  it("holds the documented Starknet hosts and signing domains", () => {
    expect(EXTENDED_ENVIRONMENTS.mainnet).toMatchObject({
      restBaseUrl: "https://api.starknet.extended.exchange/api/v1",
      onboardingBaseUrl: "https://api.starknet.extended.exchange",
      streamBaseUrl: "wss://api.starknet.extended.exchange/stream.extended.exchange/v1",
      signingDomain: MAINNET_DOMAIN,
      onboardingSigningDomain: "extended.exchange",
      collateral: { name: "USD", id: "0x1", resolution: 1000000 },
    });
    expect(EXTENDED_ENVIRONMENTS.testnet).toMatchObject({
      restBaseUrl: "https://api.starknet.sepolia.extended.exchange/api/v1",
      streamRpcUrl: "wss://api.starknet.sepolia.extended.exchange/stream.extended.exchange/v2/rpc",
      signingDomain: TESTNET_DOMAIN,
      onboardingSigningDomain: "starknet.sepolia.extended.exchange",
    });
    expect(EXTENDED_ENVIRONMENTS.testnet.signingDomain.chainId).toBe("SN_SEPOLIA");
  });

  it("derives REST and onboarding URLs from a simulator origin", () => {
    const env = resolveEnvironment("testnet", { baseUrl: "http://127.0.0.1:4010/" });
    expect(env.restBaseUrl).toBe("http://127.0.0.1:4010/api/v1");
    expect(env.onboardingBaseUrl).toBe("http://127.0.0.1:4010");
    expect(env.signingDomain).toBe(TESTNET_DOMAIN);
    expect(resolveEnvironment("mainnet", { restBaseUrl: "http://localhost:1/x" }).restBaseUrl).toBe(
      "http://localhost:1/x",
    );
  });

  it("rejects relative URLs and unknown networks", () => {
    expect(() => resolveEnvironment("mainnet", { baseUrl: "localhost:1" })).toThrow(ValidationError);
    expect(() => resolveEnvironment("mainnet", { streamBaseUrl: "https://x" })).toThrow(/streamBaseUrl/);
    expect(() => resolveEnvironment("devnet" as "mainnet")).toThrow(/Unknown Extended network/);
  });
});
