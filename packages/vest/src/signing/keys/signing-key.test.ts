import { inspect } from "node:util";
import { SigningError, ValidationError } from "@perp/core";
import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";
import { orderPayload, signOrder } from "../actions/order.js";
import type { Hex } from "../types.js";
import { signingKeyFromAccount, signingKeyFromPrivateKey, toSigningKey } from "./signing-key.js";

const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as Hex;
const ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const payload = orderPayload({
  time: 1683849600076,
  nonce: 0,
  orderType: "LIMIT",
  symbol: "BTC-PERP",
  isBuy: true,
  size: "0.1000",
  limitPrice: "30000.00",
  reduceOnly: false,
});
const VECTOR_SIGNATURE =
  "0xdaade59960131e839ea9a8ad3151422f35e6727fc349296eea37d64226ff7b3632c5371d376431304d766e49bd1e18dbc74f1fc7375e812749ec5d1f06d5f5d21c";

function expectNoKey(text: string, key: string = KEY): void {
  expect(text.toLowerCase()).not.toContain(key.slice(2).toLowerCase());
}

describe("private-key signing key", () => {
  it("derives the address and signs the digest deterministically", async () => {
    const key = signingKeyFromPrivateKey(KEY);
    expect(key.address).toBe(ADDRESS);
    expect(await key.signPayload(payload)).toBe(VECTOR_SIGNATURE);
  });

  it("never shows the private key in toString, JSON or inspect", () => {
    const key = signingKeyFromPrivateKey(KEY);
    expect(String(key)).toBe(`VestSigningKey(${ADDRESS})`);
    expect(JSON.stringify(key)).toBe(JSON.stringify({ address: ADDRESS }));
    expectNoKey(String(key));
    expectNoKey(`${key}`);
    expectNoKey(JSON.stringify(key));
    expectNoKey(inspect(key, { depth: 10, showHidden: true }));
    expectNoKey(JSON.stringify(Object.entries(key)));
  });

  const badKeys: [string, string][] = [
    ["too short", KEY.slice(0, -2)],
    ["not hex", `${KEY.slice(0, -1)}z`],
    ["without 0x", KEY.slice(2)],
    ["zero", `0x${"0".repeat(64)}`],
    ["the group order", "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"],
  ];
  it.each(badKeys)("rejects a key that is %s without echoing it", (_name, bad) => {
    const error = (() => {
      try {
        signingKeyFromPrivateKey(bad as Hex);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const perp = error as ValidationError;
    for (const text of [perp.message, String(perp), JSON.stringify(perp), inspect(perp), perp.stack ?? ""]) {
      expectNoKey(text, bad.startsWith("0x") ? bad : `0x${bad}`);
    }
  });

  it("keeps a bad key out of errors raised through the action API", async () => {
    const bad = `${KEY.slice(0, -1)}z` as Hex;
    const error = await signOrder(bad, {
      orderType: "LIMIT",
      time: 1683849600076,
      nonce: 0,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "1",
      limitPrice: "1",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expectNoKey(JSON.stringify(error), bad);
    expectNoKey(String(error), bad);
  });
});

describe("LocalAccount signing key", () => {
  it("signs the same bytes as the raw-key signer", async () => {
    const key = signingKeyFromAccount(privateKeyToAccount(KEY));
    expect(key.address).toBe(ADDRESS);
    expect(await key.signPayload(payload)).toBe(VECTOR_SIGNATURE);
  });

  it("wraps account failures in SigningError", async () => {
    const account = {
      ...privateKeyToAccount(KEY),
      signMessage: async () => Promise.reject(new Error("locked")),
    };
    const error = await signingKeyFromAccount(account)
      .signPayload(payload)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).cause).toBeInstanceOf(Error);
  });
});

describe("toSigningKey", () => {
  it("accepts a private key, a LocalAccount or a ready key", async () => {
    const ready = signingKeyFromPrivateKey(KEY);
    expect(toSigningKey(ready)).toBe(ready);
    expect(toSigningKey(KEY).address).toBe(ADDRESS);
    expect(await toSigningKey(privateKeyToAccount(KEY)).signPayload(payload)).toBe(VECTOR_SIGNATURE);
  });

  it("rejects anything else", () => {
    expect(() => toSigningKey({ address: ADDRESS } as never)).toThrow(ValidationError);
    expect(() => toSigningKey(42 as never)).toThrow(ValidationError);
  });
});
