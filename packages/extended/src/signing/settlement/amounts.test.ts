import { describe, expect, it } from "vitest";
import { entirePositionSize, exactUnits, settlementAmounts, settlementExpiration } from "./amounts.js";
import { formatDecimal, parseDecimal } from "./decimal.js";

const base = {
  qty: "0.001",
  price: "43445.1168",
  feeRate: "0.0005",
  builderFeeRate: "0",
  syntheticResolution: 1_000_000n,
  collateralResolution: 1_000_000n,
};

describe("settlementAmounts", () => {
  it("floors SELL and ceils BUY collateral, always ceils the fee", () => {
    expect(settlementAmounts({ ...base, side: "SELL" })).toEqual({
      baseAmount: -1000n,
      quoteAmount: 43445116n,
      feeAmount: 21723n,
    });
    expect(settlementAmounts({ ...base, side: "BUY" })).toEqual({
      baseAmount: 1000n,
      quoteAmount: -43445117n,
      feeAmount: 21723n,
    });
  });

  it("signs the sum of the exchange and builder fee rates", () => {
    const a = settlementAmounts({
      ...base,
      side: "SELL",
      feeRate: "0.0002",
      builderFeeRate: "0.0012",
      syntheticResolution: 10_000_000_000n,
    });
    expect(a).toEqual({ baseAmount: -10000000n, quoteAmount: 43445116n, feeAmount: 60824n });
  });

  it("rounds the synthetic amount by side when qty has more decimals than the resolution", () => {
    expect(settlementAmounts({ ...base, side: "BUY", qty: "0.0000001" }).baseAmount).toBe(1n);
    expect(settlementAmounts({ ...base, side: "SELL", qty: "0.0000001" }).baseAmount).toBe(0n);
  });
});

describe("entirePositionSize", () => {
  it("floors maxPositionValue × 50 / price to the size step's decimals", () => {
    expect(entirePositionSize("24580.3412", "0.0001", "10000000")).toBe("20341.4588");
    expect(entirePositionSize("39000", "0.00001", "10000000")).toBe("12820.51282");
    expect(entirePositionSize("50000", "0.00001", "10000000")).toBe("10000");
    expect(entirePositionSize("3", "1", "1")).toBe("16");
  });
});

describe("exact units and expiration", () => {
  it("scales transfer amounts exactly and refuses to round", () => {
    expect(exactUnits("1.1", 1_000_000n)).toBe(1_100_000n);
    expect(() => exactUnits("0.0000001", 1_000_000n)).toThrow(RangeError);
  });

  it("adds the buffer to ceil(ms / 1000)", () => {
    expect(settlementExpiration(1704420536860, 1209600)).toBe(1705630137n);
    expect(settlementExpiration(1704420537000, 1209600)).toBe(1705630137n);
  });

  it("parses and formats decimals without floats", () => {
    expect(parseDecimal("43445.11680000")).toEqual({ units: 4344511680000n, scale: 8 });
    expect(() => parseDecimal("1e5")).toThrow(RangeError);
    expect(() => parseDecimal("-1")).toThrow(RangeError);
    expect(formatDecimal(1230n, 3)).toBe("1.23");
    expect(formatDecimal(5n, 3)).toBe("0.005");
  });
});
