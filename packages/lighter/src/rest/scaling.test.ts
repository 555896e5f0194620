import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signerAuthTokens } from "./auth-token-provider.js";
import {
  createClientOrderIndexSource,
  isExchangeOrderIndex,
  MAX_CLIENT_ORDER_INDEX,
  toClientOrderIndex,
} from "./client-order-index.js";
import { fromLighterPrice, fromLighterSize, toLighterPrice, toLighterSize } from "./scaling.js";

const ETH = { size_decimals: 4, price_decimals: 2 };

describe("order scaling", () => {
  it("scales exactly both ways", () => {
    expect(toLighterSize(ETH, "0.1")).toBe(1000n);
    expect(toLighterPrice(ETH, "4050")).toBe(405000n);
    expect(toLighterPrice(ETH, "123.45")).toBe(12345n);
    expect(fromLighterPrice(ETH, 405000n)).toBe("4050");
    expect(fromLighterSize(ETH, "1000")).toBe("0.1");
    expect(toLighterSize(ETH, "0")).toBe(0n);
  });

  it("refuses lost digits unless told how to round, and out-of-range values", () => {
    expect(() => toLighterPrice(ETH, "123.456")).toThrow(ValidationError);
    expect(toLighterPrice(ETH, "123.456", { rounding: "down" })).toBe(12345n);
    expect(toLighterPrice(ETH, "123.455", { rounding: "half-even" })).toBe(12346n);
    expect(() => toLighterPrice(ETH, "0")).toThrow(/outside 1\.\.4294967295/);
    expect(() => toLighterPrice(ETH, "42949672.96")).toThrow(ValidationError);
    expect(() => toLighterSize(ETH, "-1")).toThrow(ValidationError);
    expect(() => toLighterSize({ size_decimals: -1, price_decimals: 2 }, "1")).toThrow(ValidationError);
  });
});

describe("client order indexes", () => {
  it("validates and tells COIs from order indexes", () => {
    expect(toClientOrderIndex(7)).toBe(7n);
    expect(() => toClientOrderIndex(0)).toThrow(ValidationError);
    expect(() => toClientOrderIndex(MAX_CLIENT_ORDER_INDEX + 1n)).toThrow(ValidationError);
    expect(isExchangeOrderIndex("281474976710655")).toBe(false);
    expect(isExchangeOrderIndex(1n << 48n)).toBe(true);
  });

  it("generates strictly increasing indexes from the clock", () => {
    let now = 1785252530119;
    const next = createClientOrderIndexSource({ now: () => now });
    expect([next(), next(), next()]).toEqual([1785252530119n, 1785252530120n, 1785252530121n]);
    now += 10;
    expect(next()).toBe(1785252530129n);
  });
});

describe("signerAuthTokens", () => {
  it("reuses a token until it nears its deadline", () => {
    let now = 1_785_000_000_000;
    let calls = 0;
    const provider = signerAuthTokens(
      {
        createAuthToken: (o) => {
          calls++;
          const deadlineSeconds = Math.floor(now / 1000) + (o?.ttlSeconds ?? 0);
          return { token: `${deadlineSeconds}:1:4:${"0".repeat(160)}`, deadlineSeconds };
        },
      },
      { ttlSeconds: 600, refreshMarginSeconds: 60, now: () => now },
    );
    const first = provider();
    now += 500_000;
    expect(provider()).toBe(first);
    now += 50_000;
    expect(provider()).not.toBe(first);
    expect(calls).toBe(2);
  });
});
