import { ValidationError } from "@perp/core";
import * as scure from "@scure/starknet";
import { describe, expect, it } from "vitest";
import { grindKey, starkPrivateKeyFromEthSignature } from "./grind-key.js";
import {
  buildOnboardingPayload,
  ethereumSignerFromPrivateKey,
  formatSigningTime,
  signL1Request,
} from "./onboarding.js";

// x10xchange/python_sdk tests/signing/test_onboarding.py fixture (published test key)
const ETH_KEY = "0x50c8e358cc974aaaa6e460641e53f78bdc550fd372984aa78ef8fd27c751e6f4";

describe("grindKey", () => {
  it("matches @scure/starknet grindKey on 32-byte seeds", () => {
    // About 1 digest in 32 is rejected (≥ 2^256 − (2^256 mod N)), so 100 seeds exercise the retry index.
    for (let i = 1n; i < 100n; i++) {
      const seed = (i * 0x9e3779b97f4a7c15f39cc0605cedc8341082276bf3a27251f86c6a11d0c18e95n) % (1n << 256n);
      expect(grindKey(seed)).toBe(BigInt(`0x${scure.grindKey(seed.toString(16).padStart(64, "0"))}`));
    }
    expect(grindKey(0n)).toBe(BigInt(`0x${scure.grindKey("00".repeat(32))}`));
  });

  it("derives the Stark key from an Ethereum signature like ethSigToPrivate", () => {
    const signature =
      "0x9ef64d5936681edf44b4a7ad713f3bc24065d4039562af03fccf6a08d6996eab367df11439169b417b6a6d8ce81d409edb022597ce193916757c7d5d9cbf97301c";
    expect(starkPrivateKeyFromEthSignature(signature)).toBe(
      0x7dbb2c8651cc40e1d0d60b45eb52039f317a8aa82798bda52eee272136c0c44n,
    );
    expect(starkPrivateKeyFromEthSignature(signature)).toBe(BigInt(`0x${scure.ethSigToPrivate(signature)}`));
  });
});

describe("onboarding", () => {
  it("builds the REGISTER payload of the Python SDK test", async () => {
    const wallet = ethereumSignerFromPrivateKey(ETH_KEY);
    const payload = await buildOnboardingPayload(wallet, {
      signingDomain: "x10.exchange",
      accountIndex: 0,
      time: "2024-07-30T16:01:02Z",
      action: "REGISTER",
      host: "host",
    });
    expect(payload.l2Key).toBe("0x78298687996aff29a0bbcb994e1305db082d084f85ec38bb78c41e6787740ec");
    expect(payload.l1Signature).toBe(
      "0x9a59eb699eb58f2ec975455f33dd7205c8a569f7b6d7647c25b71e7ab7eec3d30f2b8c9038f06f077167eb90e0c002602e4ecbab180fad4b2c91d2259883e6571c",
    );
    expect(payload.l2Signature).toEqual({
      r: "0x70881694c59c7212b1a47fbbc07df4d32678f0326f778861ec3a2a5dbc09157",
      s: "0x558805193faa5d780719cba5f699ae1c888eec1fee23da4215fdd94a744d2cb",
    });
    expect(payload.accountCreation).toEqual({
      accountIndex: 0,
      wallet: "0x2c12f074766f5eF9c5300ca8C85d06fBa605C59f",
      tosAccepted: true,
      time: "2024-07-30T16:01:02Z",
      action: "REGISTER",
      host: "host",
    });
  });

  it("omits the EIP-712 registration signature for sub-accounts", async () => {
    const payload = await buildOnboardingPayload(ethereumSignerFromPrivateKey(ETH_KEY), {
      signingDomain: "starknet.sepolia.extended.exchange",
      accountIndex: 1,
      time: "2025-09-01T12:00:00Z",
      action: "CREATE_SUB_ACCOUNT",
      host: "https://api.starknet.sepolia.extended.exchange",
    });
    expect(payload.l1Signature).toBeUndefined();
    expect(payload.l2Key).toBe("0x180d8e420bd8f9d0097df83b83576c621fd38315a90c55701527f3eb853aead");
  });

  it("signs L1 request headers as path@time", async () => {
    const signed = await signL1Request(
      ethereumSignerFromPrivateKey(ETH_KEY),
      "/api/v1/user/accounts",
      "2025-12-31T23:59:59Z",
    );
    expect(signed.message).toBe("/api/v1/user/accounts@2025-12-31T23:59:59Z");
    expect(signed.headers.L1_SIGNATURE).toBe(
      "0x8adc3a1e35ebd4b9cc9c73d7881851eb32875d514c94f17dc68fc489d62fea8a00627771e9237b7086f8b093ef5621556d440e3f5f863e31bedfea3b889788ba1c",
    );
    expect(signed.headers.L1_MESSAGE_TIME).toBe("2025-12-31T23:59:59Z");
  });

  it("formats times without milliseconds and validates inputs without echoing keys", async () => {
    expect(formatSigningTime(new Date("2024-07-30T16:01:02.345Z"))).toBe("2024-07-30T16:01:02Z");
    const badKey = ETH_KEY.slice(0, 60);
    expect(() => ethereumSignerFromPrivateKey(badKey)).toThrow(ValidationError);
    try {
      ethereumSignerFromPrivateKey(badKey);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(badKey.slice(2));
    }
    await expect(
      signL1Request(ethereumSignerFromPrivateKey(ETH_KEY), "/x", "2024-07-30T16:01:02.000Z"),
    ).rejects.toThrow(ValidationError);
  });
});
