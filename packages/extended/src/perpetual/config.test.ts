import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { checkVault, resolveDelays, resolveTrading } from "./config.js";

describe("configuration", () => {
  it("accepts u32 vaults as numbers or digit strings", () => {
    expect(checkVault(100_005)).toBe("100005");
    expect(checkVault(" 007 ")).toBe("7");
    for (const bad of [-1, 1.5, 2 ** 32, "0x10", "", undefined]) {
      expect(() => checkVault(bad)).toThrow(ValidationError);
    }
  });

  it("defaults trading settings to the venue's conventions", () => {
    expect(resolveTrading(undefined, 28 * 86_400_000)).toEqual({
      feeRate: undefined,
      marketSlippage: "0.0075",
      gtcExpiryMs: 28 * 86_400_000 - 3_600_000,
      iocExpiryMs: 3_600_000,
      selfTradeProtection: "ACCOUNT",
    });
    expect(resolveDelays({})).toEqual({ fundingRefreshMs: 60_000, retryDelayMs: 2_000 });
    expect(resolveDelays({ fundingRefreshMs: false, retryDelayMs: 5 })).toEqual({
      fundingRefreshMs: false,
      retryDelayMs: 5,
    });
  });

  it("refuses bad values with the field named", () => {
    expect(() => resolveTrading({ feeRate: 0.1 as unknown as string }, 1e9)).toThrow(/trading.feeRate/);
    expect(() => resolveTrading({ marketSlippage: "-0.1" }, 1e9)).toThrow(/trading.marketSlippage/);
    expect(() => resolveTrading({ gtcExpiryMs: 2e9 }, 1e9)).toThrow(/trading.gtcExpiryMs/);
    expect(() => resolveDelays({ retryDelayMs: 0 })).toThrow(/retryDelayMs/);
  });
});
