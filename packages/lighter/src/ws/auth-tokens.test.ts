import { PerpError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { AuthTokenCache, tokenExpirySeconds } from "./auth-tokens.js";

const signed = (deadline: number) => `${deadline}:42:4:${"ab".repeat(80)}`;

describe("AuthTokenCache", () => {
  it("reads the expiry of signed and read-only tokens", () => {
    expect(tokenExpirySeconds(signed(1750000000))).toBe(1750000000);
    expect(tokenExpirySeconds("ro:42:all:1900000000:deadbeef")).toBe(1900000000);
    expect(tokenExpirySeconds("nonsense")).toBeUndefined();
  });

  it("caches until the refresh margin, then asks the provider again", async () => {
    let now = 1_000_000_000_000;
    let calls = 0;
    const cache = new AuthTokenCache(
      () => {
        calls++;
        return signed(Math.floor(now / 1000) + 600);
      },
      { now: () => now, refreshMarginSeconds: 60 },
    );
    const first = await cache.get();
    now += 500_000;
    expect(await cache.get()).toBe(first);
    expect(calls).toBe(1);
    now += 50_000;
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(calls).toBe(2);
  });

  it("shares one in-flight fetch and masks tokens in later errors", async () => {
    let calls = 0;
    const token = signed(4102444800);
    const cache = new AuthTokenCache(async () => {
      calls++;
      return token;
    });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(calls).toBe(1);
    expect(new PerpError(`rejected ${token}`).message).toBe("rejected [redacted]");
    const failing = new AuthTokenCache(() => {
      throw new Error("key store offline");
    });
    await expect(failing.get()).rejects.toThrow(/provider failed/);
  });
});
