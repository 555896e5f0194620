import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { idFilter, nonceFilter, ordersParams, signedOrderBody, symbolList } from "./params.js";
import { parseParams } from "./parse.js";

const signature = `0x${"ab".repeat(65)}`;
const limitOrder = {
  time: 1683849600076,
  nonce: 0,
  symbol: "BTC-PERP",
  isBuy: true,
  size: "0.1000",
  orderType: "LIMIT",
  limitPrice: "30000.00",
  reduceOnly: false,
};

describe("request parameter schemas", () => {
  it("joins symbol and id lists with commas", () => {
    expect(symbolList.parse(["BTC-PERP", "kBONK-PERP"])).toBe("BTC-PERP,kBONK-PERP");
    expect(symbolList.parse("AAPL-USD-PERP")).toBe("AAPL-USD-PERP");
    expect(idFilter.parse(["0x1", "0x2"])).toBe("0x1,0x2");
    expect(idFilter.safeParse("0x1,0x2").success).toBe(false);
  });

  it("takes nonces as numbers, bigints or digits without losing precision", () => {
    expect(nonceFilter.parse(98765432109876543210n)).toBe("98765432109876543210");
    expect(nonceFilter.parse("98765432109876543210")).toBe("98765432109876543210");
    expect(nonceFilter.parse(7)).toBe("7");
    expect(nonceFilter.safeParse(-1).success).toBe(false);
  });

  it("rejects unknown filters instead of silently dropping them", () => {
    expect(() => parseParams(ordersParams, { statuses: ["NEW"] }, "getOrders parameters")).toThrow(
      ValidationError,
    );
  });

  it("checks signed order bodies without rewriting their strings", () => {
    const body = { order: { ...limitOrder }, signature };
    expect(signedOrderBody.parse(body).order.size).toBe("0.1000");
    const tpWithoutSignature = { order: { ...limitOrder, tpPrice: "31000.00" }, signature };
    expect(signedOrderBody.safeParse(tpWithoutSignature).success).toBe(false);
    const exponent = { order: { ...limitOrder, size: "1e-1" }, signature };
    expect(signedOrderBody.safeParse(exponent).success).toBe(false);
    const marketTif = { order: { ...limitOrder, orderType: "MARKET", timeInForce: "GTC" }, signature };
    expect(signedOrderBody.safeParse(marketTif).success).toBe(false);
  });
});
