import { inspect } from "node:util";
import { SigningError, ValidationError } from "@perp/core";
import { createWalletClient, custom, type EIP1193RequestFn } from "viem";
import { privateKeyToAccount, signTypedData } from "viem/accounts";
import { describe, expect, it, vi } from "vitest";
import { registerCases, vectorCase } from "../../../test/fixtures/index.js";
import { VEST_VERIFYING_CONTRACTS } from "../constants.js";
import { primaryWalletFromPrivateKey, primaryWalletFromWalletClient } from "../keys/primary-wallet.js";
import type { Hex } from "../types.js";
import { type RegisterRequest, signRegistration } from "./register.js";

const prod = vectorCase(registerCases, "register-prod");
const PRIMARY_KEY = prod.input.primaryPrivateKey as Hex;
const PRIMARY = prod.expected.primaryAddress as Hex;
const OTHER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a" as Hex;
const request: RegisterRequest = {
  signingAddress: prod.input.signingAddress as Hex,
  expiryMillis: prod.input.signerExpiryMillis,
};

/** A JSON-RPC wallet (what a browser extension looks like to viem) that signs with `key`. */
function rpcWallet(key: Hex, accounts: Hex[] = [privateKeyToAccount(key).address]) {
  const seen: { method: string; params: unknown }[] = [];
  const request = vi.fn(async ({ method, params }: { method: string; params?: unknown }) => {
    seen.push({ method, params });
    if (method === "eth_accounts") return accounts;
    if (method === "eth_signTypedData_v4") {
      const [, json] = params as [Hex, string];
      const { domain, types, primaryType, message } = JSON.parse(json);
      const { EIP712Domain: _, ...rest } = types;
      return signTypedData({ privateKey: key, domain, types: rest, primaryType, message });
    }
    throw new Error(`unexpected ${method}`);
  });
  return {
    client: createWalletClient({ transport: custom({ request: request as unknown as EIP1193RequestFn }) }),
    seen,
  };
}

describe("signRegistration", () => {
  it.each(registerCases.map((c) => [c.id, c] as const))("reproduces vector %s", async (_id, c) => {
    const registration = await signRegistration(c.input.primaryPrivateKey as Hex, {
      signingAddress: c.input.signingAddress as Hex,
      expiryMillis: c.input.signerExpiryMillis,
      domain: { verifyingContract: c.input.domain.verifyingContract as Hex },
    });
    expect(registration.body).toEqual(c.expected.requestBody);
    expect(Object.keys(registration.body)).toEqual([
      "signingAddr",
      "primaryAddr",
      "signature",
      "expiryTime",
      "networkType",
    ]);
    expect(registration.primaryAddress).toBe(c.expected.primaryAddress);
    expect(registration.digest).toBe(c.expected.digest);
  });

  it("binds to prod by default and to dev on request", async () => {
    const dev = vectorCase(registerCases, "register-dev");
    expect((await signRegistration(PRIMARY_KEY, request)).body.signature).toBe(prod.expected.signature);
    const onDev = await signRegistration(PRIMARY_KEY, { ...request, environment: "dev" });
    expect(onDev.domain.verifyingContract).toBe(VEST_VERIFYING_CONTRACTS.dev);
    expect(onDev.body.signature).toBe(dev.expected.signature);
  });

  it("signs through a viem LocalAccount", async () => {
    const registration = await signRegistration(privateKeyToAccount(PRIMARY_KEY), request);
    expect(registration.body).toEqual(prod.expected.requestBody);
  });

  it("signs through a WalletClient with a hoisted account", async () => {
    const client = createWalletClient({
      account: privateKeyToAccount(PRIMARY_KEY),
      transport: custom({ request: async () => Promise.reject(new Error("no RPC expected")) }),
    });
    expect((await signRegistration(client, request)).body).toEqual(prod.expected.requestBody);
  });

  it("signs through a JSON-RPC (browser) wallet, sending a domain without chainId", async () => {
    const { client, seen } = rpcWallet(PRIMARY_KEY);
    const registration = await signRegistration(client, request);
    expect(registration.body).toEqual(prod.expected.requestBody);
    const call = seen.find((s) => s.method === "eth_signTypedData_v4");
    if (!call) throw new Error("the wallet was not asked to sign");
    const [address, json] = call.params as [Hex, string];
    expect(address.toLowerCase()).toBe(PRIMARY.toLowerCase());
    const typedData = JSON.parse(json);
    // viem lower-cases addresses in the JSON it hands to the wallet.
    expect(typedData.domain).toEqual({
      ...prod.input.domain,
      verifyingContract: prod.input.domain.verifyingContract.toLowerCase(),
    });
    expect(typedData.types.EIP712Domain.map((f: { name: string }) => f.name)).toEqual([
      "name",
      "version",
      "verifyingContract",
    ]);
    expect(typedData.message.approvedSigner.toLowerCase()).toBe(request.signingAddress.toLowerCase());
    expect(typedData.message.signerExpiry).toBe("1700000000000");
  });

  it("uses the given address for a wallet client without a hoisted account", async () => {
    const { client, seen } = rpcWallet(PRIMARY_KEY, []);
    const registration = await signRegistration(primaryWalletFromWalletClient(client, PRIMARY), request);
    expect(registration.body.primaryAddr).toBe(PRIMARY.toLowerCase());
    expect(seen.map((s) => s.method)).not.toContain("eth_accounts");
  });

  it("fails clearly when the wallet exposes no account", async () => {
    const { client } = rpcWallet(PRIMARY_KEY, []);
    await expect(signRegistration(client, request)).rejects.toThrow(ValidationError);
  });

  it("refuses a signature that does not recover to the primary wallet", async () => {
    const { client } = rpcWallet(OTHER_KEY, [PRIMARY]);
    await expect(signRegistration(client, request)).rejects.toThrow(SigningError);
    await expect(signRegistration(client, request)).rejects.toThrow(/does not recover to the primary wallet/);
  });

  it("wraps a wallet refusal in SigningError", async () => {
    const client = createWalletClient({
      transport: custom({
        request: async ({ method }) => {
          if (method === "eth_accounts") return [PRIMARY];
          throw Object.assign(new Error("User rejected the request."), { code: 4001 });
        },
      }),
    });
    const error = await signRegistration(client, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).cause).toBeDefined();
  });

  const invalid: [string, Partial<RegisterRequest> | Record<string, unknown>, RegExp][] = [
    [
      "an expiry in seconds",
      { expiryMillis: 1700000000 },
      /expiryMillis: must be epoch milliseconds, not seconds/,
    ],
    ["a fractional expiry", { expiryMillis: 1700000000000.5 }, /expiryMillis/],
    ["a short signing address", { signingAddress: "0x7099" }, /signingAddress/],
    ["an unknown environment", { environment: "staging" }, /environment: must be "prod" or "dev"/],
    ["a bad contract override", { domain: { verifyingContract: "0x1" } }, /domain.verifyingContract/],
  ];
  it.each(invalid)("rejects %s before asking the wallet", async (_name, patch, message) => {
    const wallet = {
      getAddress: vi.fn(async () => PRIMARY),
      signSignerProof: vi.fn(async () => "0x" as Hex),
    };
    await expect(signRegistration(wallet, { ...request, ...patch } as RegisterRequest)).rejects.toThrow(
      message,
    );
    expect(wallet.signSignerProof).not.toHaveBeenCalled();
  });
});

describe("primary wallet from a private key", () => {
  it("never shows the key in toString, JSON or inspect", () => {
    const wallet = primaryWalletFromPrivateKey(PRIMARY_KEY);
    for (const text of [
      String(wallet),
      JSON.stringify(wallet),
      inspect(wallet, { showHidden: true, depth: 10 }),
    ]) {
      expect(text.toLowerCase()).not.toContain(PRIMARY_KEY.slice(2));
    }
    expect(String(wallet)).toBe(`VestPrimaryWallet(${PRIMARY})`);
  });

  it("rejects an invalid key without echoing it", async () => {
    const bad = `${PRIMARY_KEY.slice(0, -1)}x` as Hex;
    const error = await signRegistration(bad, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error) + String(error)).not.toContain(bad.slice(2));
  });
});
