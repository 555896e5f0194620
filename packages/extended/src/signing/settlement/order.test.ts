import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { StarkSigner } from "../signer.js";
import { TESTNET_DOMAIN } from "../snip12/domain.js";
import { type OrderInput, signOrder, signReplacementOrder } from "./order.js";

// x10xchange/examples typescript/src/models/order.test.ts (also orders.json order-ts-* cases)
const tsSigner = StarkSigner.fromPrivateKey(
  "0x659127796b268530385f753efee81112c628b2bf266e025d3b52d16204c5504",
);
const tsOrder: OrderInput = {
  domain: TESTNET_DOMAIN,
  vault: 10002,
  market: {
    name: "BTC-USD",
    l2Config: {
      syntheticId: "0x4254432d3130000000000000000000",
      syntheticResolution: 10_000_000_000,
      collateralId: "0x35596841893e0d17079c27b2d72db1694f26a1932a7429144b439ba0807d29c",
      collateralResolution: 1_000_000,
    },
  },
  type: "LIMIT",
  side: "SELL",
  qty: "0.001",
  price: "43445.11680000",
  fee: "0.0002",
  builderFee: "0.0012",
  builderId: 2001,
  expiryEpochMillis: 1704420536860,
  nonce: 1473459052,
  tpSlType: "ORDER",
  takeProfit: { triggerPrice: "49000", triggerPriceType: "MARK", price: "50000", priceType: "LIMIT" },
  stopLoss: { triggerPrice: "40000", triggerPriceType: "MARK", price: "39000", priceType: "LIMIT" },
};

// x10xchange/python_sdk fixtures (orders.json order-py-* cases)
const pySigner = StarkSigner.fromPrivateKey(
  "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986",
);
const pyMarket = {
  name: "BTC-USD",
  l2Config: {
    syntheticId: "0x4254432d3600000000000000000000",
    syntheticResolution: 1_000_000,
    collateralId: "0x31857064564ed0ff978e687456963cba09c2c6985d8f9300a1de4962fafa054",
    collateralResolution: 1_000_000,
  },
  minOrderSizeChange: "0.00001",
  maxPositionValue: "10000000",
};
const pyTpsl: OrderInput = {
  domain: TESTNET_DOMAIN,
  vault: 10002,
  market: pyMarket,
  type: "TPSL",
  side: "SELL",
  qty: "0.0001",
  fee: "0.0005",
  expiryEpochMillis: 1705626536861,
  nonce: 1473459052,
  tpSlType: "ORDER",
  takeProfit: { triggerPrice: "49000", triggerPriceType: "MARK", price: "50000", priceType: "LIMIT" },
  stopLoss: { triggerPrice: "40000", triggerPriceType: "MARK", price: "39000", priceType: "LIMIT" },
};

describe("signOrder", () => {
  it("signs an entry order and its opposite-side TP/SL legs like the official TS example", () => {
    const { id, body } = signOrder(tsSigner, tsOrder);
    expect(id).toBe("1088023465382590833070844354772991406799121939245800917524942990980270111150");
    expect(body.settlement).toEqual({
      signature: {
        r: "0x2a89b52eea807bc7e22f8eedf636f4b9f4ecd9c90da7973840e5ef77cb8255c",
        s: "0x6913f549d532336c26959190ffae3e92f1e92b436da4e6025226320fefc320f",
      },
      starkKey: "0x2b8ee0cf95a353cb59fdae9afb54851769e750326e24cee9621ce33f08c02ed",
      collateralPosition: "10002",
    });
    expect(body.takeProfit?.settlement.signature).toEqual({
      r: "0x7b9a3c5ad98aa3831662d107b97d4310334cef9def0a622c4233358b8215958",
      s: "0x5d3669a776a87840afedf83a5a20724157d1e8ad6dab176d7bdea898de5df50",
    });
    expect(body.takeProfit?.debuggingAmounts).toEqual({
      syntheticAmount: "10000000",
      collateralAmount: "-50000000",
      feeAmount: "70000",
    });
    expect(body.stopLoss?.settlement.signature).toEqual({
      r: "0x44ae74d3783ef3d099c15a78cb06cf2cb7a38ae7d257a7f861380dc18266e9b",
      s: "0x248e0bbce83f091d1db78005b06b427fe1c2816c36ca72c166fdbc61161a0bd",
    });
    expect(body).toMatchObject({
      fee: "0.0002",
      builderFee: "0.0012",
      builderId: 2001,
      nonce: "1473459052",
      timeInForce: "GTT",
    });
  });

  it("signs a standalone TPSL order: no settlement, same-side legs, id = price-0 parent hash", () => {
    const { id, body } = signOrder(pySigner, pyTpsl);
    expect(id).toBe("2302927936354168859785231329337424926774195696889032018790365367779325970821");
    expect(body.settlement).toBeUndefined();
    expect(body).toMatchObject({ price: "0", reduceOnly: true, type: "TPSL" });
    expect(body.takeProfit?.settlement.signature).toEqual({
      r: "0x513b8c6540b171c6e85e2992046ce697b6056793ace2ea0e46c04cba1b72aa0",
      s: "0x25684458e72e276bbaa87a6787bfab11ed4b117c4f6ffa7cea2781c13648667",
    });
    expect(body.stopLoss?.settlement.signature).toEqual({
      r: "0x30227b00607a0f671db245c734a9d9152c58af0ec0fbc83ac8c50d41b6dc2e5",
      s: "0xb355fcce280b7c82c8e6b23106df57d98aba5b3616a791a4db226063693b5d",
    });
  });

  it("signs entire-position legs for the oversized quantity", () => {
    const { id, body } = signOrder(pySigner, { ...pyTpsl, qty: "0", tpSlType: "POSITION" });
    expect(id).toBe("2740618205716882280724217633173981437193188033910023585411792989580464995593");
    expect(body.qty).toBe("0");
    expect(body.takeProfit?.debuggingAmounts).toEqual({
      syntheticAmount: "-10000000000",
      collateralAmount: "500000000000000",
      feeAmount: "250000000000",
    });
    expect(body.takeProfit?.settlement.signature.r).toBe(
      "0x9ec78c951d0397e31873bb1f5ede330dffc05a6be918007fac3299a122bc37",
    );
    expect(body.stopLoss?.settlement.signature.s).toBe(
      "0x76aa8c382b73c0f516c8398e4d648d2dad411e8b6a9a7e81fbae3656bed6d78",
    );
  });

  it("replaces an order through cancelId with a new id", () => {
    const replacement = signReplacementOrder(tsSigner, "old-id", { ...tsOrder, price: "43500", nonce: 42 });
    expect(replacement.body.cancelId).toBe("old-id");
    expect(replacement.id).not.toBe("old-id");
    expect(() => signReplacementOrder(tsSigner, "", tsOrder)).toThrow(ValidationError);
    expect(() => signReplacementOrder(tsSigner, "same", { ...tsOrder, id: "same" })).toThrow(ValidationError);
  });

  it("draws a nonce in [1, 2^31] when none is given", () => {
    const { nonce, body } = signOrder(tsSigner, { ...tsOrder, nonce: undefined as unknown as number });
    expect(nonce).toBeGreaterThanOrEqual(1);
    expect(nonce).toBeLessThanOrEqual(2 ** 31);
    expect(body.nonce).toBe(String(nonce));
  });

  it.each([
    ["nonce 0", { nonce: 0 }],
    ["nonce above 2^31", { nonce: 2 ** 31 + 1 }],
    ["zero qty", { qty: "0" }],
    ["float-formatted price", { price: "1e5" }],
    ["negative price", { price: "-1" }],
    ["vault beyond u32", { vault: 2 ** 32 }],
    ["unknown side", { side: "LONG" }],
    ["MARKET with GTT", { type: "MARKET", timeInForce: "GTT" }],
    ["CONDITIONAL without trigger", { type: "CONDITIONAL" }],
    ["legs without tpSlType", { tpSlType: undefined }],
    ["builderFee without builderId", { builderId: undefined }],
  ])("rejects %s with a ValidationError before signing", (_name, patch) => {
    const input = { ...tsOrder, ...patch } as OrderInput;
    expect(() => signOrder(tsSigner, input)).toThrow(ValidationError);
  });

  it("rejects entire-position TP/SL without the market's trading limits", () => {
    const { maxPositionValue: _omit, ...market } = pyMarket;
    expect(() => signOrder(pySigner, { ...pyTpsl, market, tpSlType: "POSITION" })).toThrow(
      /maxPositionValue/,
    );
  });
});
