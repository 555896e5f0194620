import { ValidationError } from "@perp/core";
import { bytesToHex, recoverMessageAddress } from "viem/utils";
import { describe, expect, it, vi } from "vitest";
import { orderCases, vectorCase } from "../../../test/fixtures/index.js";
import { signingKeyFromPrivateKey, type VestSigningKey } from "../keys/signing-key.js";
import type { Hex } from "../types.js";
import { type OrderRequest, type OrderSignatureFields, orderPayload, signOrder } from "./order.js";

const fieldsOf = (input: (typeof orderCases)[number]["input"]): OrderSignatureFields => ({
  time: input.timeMillis,
  nonce: input.nonce,
  orderType: input.orderType as OrderSignatureFields["orderType"],
  symbol: input.symbol,
  isBuy: input.isBuy,
  size: input.size,
  limitPrice: input.limitPrice,
  reduceOnly: input.reduceOnly,
});

const SIGNING_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as Hex;
const limitBuy: OrderRequest = {
  orderType: "LIMIT",
  time: 1683849600076,
  nonce: 0,
  symbol: "BTC-PERP",
  isBuy: true,
  size: "0.1000",
  limitPrice: "30000.00",
};

/** A signing key that records what it was asked to sign. */
function spyKey(): VestSigningKey & { signPayload: ReturnType<typeof vi.fn> } {
  return {
    address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    signPayload: vi.fn(async () => "0x00" as Hex),
  };
}

describe("orderPayload", () => {
  it.each(orderCases.map((c) => [c.id, c] as const))("reproduces vector %s", async (_id, c) => {
    const payload = orderPayload(fieldsOf(c.input));
    expect(bytesToHex(payload.encoded)).toBe(c.expected.encoded);
    expect(bytesToHex(payload.abiHash)).toBe(c.expected.abiHash);
    expect(bytesToHex(payload.digest)).toBe(c.expected.digest);
    const key = signingKeyFromPrivateKey(c.input.signingPrivateKey as Hex);
    expect(key.address).toBe(c.expected.signerAddress);
    expect(await key.signPayload(payload)).toBe(c.expected.signature);
  });
});

describe("signOrder", () => {
  it.each(
    orderCases
      .filter((c) => c.input.orderType === "LIMIT" || c.input.orderType === "MARKET")
      .map((c) => [c.id, c] as const),
  )("signs entry-order vector %s and sends the signed strings", async (_id, c) => {
    const { orderType, limitPrice, ...rest } = fieldsOf(c.input);
    const request = { ...rest, orderType: orderType as "LIMIT" | "MARKET", limitPrice };
    const body = await signOrder(c.input.signingPrivateKey as Hex, request);
    expect(body.signature).toBe(c.expected.signature);
    expect(body.order).toEqual(request);
    expect(body).not.toHaveProperty("recvWindow");
  });

  it("builds the whole POST /orders body, recvWindow included", async () => {
    const body = await signOrder(SIGNING_KEY, { ...limitBuy, timeInForce: "GTC" }, { recvWindow: 60000 });
    expect(Object.keys(body)).toEqual(["order", "recvWindow", "signature"]);
    expect(body.recvWindow).toBe(60000);
    expect(body.order).toEqual({ ...limitBuy, reduceOnly: false, timeInForce: "GTC" });
    expect(body.signature).toMatch(/^0x[0-9a-f]{130}$/);
  });

  it("signs a MARKET order with its worst acceptable price", async () => {
    const c = vectorCase(orderCases, "order-market-sol-buy");
    const body = await signOrder(SIGNING_KEY, {
      orderType: "MARKET",
      time: 1683849600076,
      nonce: 1683849600076,
      symbol: "SOL-PERP",
      isBuy: true,
      size: "3.12",
      limitPrice: "30.03",
    });
    expect(body.order.limitPrice).toBe("30.03");
    expect(body.signature).toBe(c.expected.signature);
  });

  it("signs TP/SL children with the parent's time and nonce by default", async () => {
    const tpVector = vectorCase(orderCases, "order-take-profit-child");
    const body = await signOrder(SIGNING_KEY, {
      ...limitBuy,
      nonce: 1,
      tpPrice: "31000.00",
      slPrice: "29000.00",
    });
    expect(body.order.tpPrice).toBe("31000.00");
    expect(body.order.tpSignature).toBe(tpVector.expected.signature);

    const sl = orderPayload({
      ...limitBuy,
      nonce: 1,
      orderType: "STOP_LOSS",
      isBuy: false,
      limitPrice: "29000.00",
      reduceOnly: true,
    });
    expect(body.order.slPrice).toBe("29000.00");
    expect(body.order.slSignature).toBe(await signingKeyFromPrivateKey(SIGNING_KEY).signPayload(sl));
    const slSigner = await recoverMessageAddress({
      message: { raw: sl.abiHash },
      signature: body.order.slSignature!,
    });
    expect(slSigner).toBe("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  });

  it("can sign children with nonce + 1 / nonce + 2 instead", async () => {
    const tpVector = vectorCase(orderCases, "order-take-profit-child");
    const body = await signOrder(
      SIGNING_KEY,
      { ...limitBuy, nonce: 0, tpPrice: "31000.00" },
      { childNonce: "increment" },
    );
    expect(body.order.tpSignature).toBe(tpVector.expected.signature);
    expect(body.order.nonce).toBe(0);
    expect(body.order).not.toHaveProperty("slSignature");
  });

  it("rejects an increment child nonce that leaves the safe range, before signing", async () => {
    const key = spyKey();
    await expect(
      signOrder(
        key,
        { ...limitBuy, nonce: Number.MAX_SAFE_INTEGER, slPrice: "1" },
        { childNonce: "increment" },
      ),
    ).rejects.toThrow(ValidationError);
    expect(key.signPayload).not.toHaveBeenCalled();
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ["an exponent size", { size: "1e5" }, /size: must be a plain decimal/],
    ["a zero size", { size: "0.0000" }, /size: must be greater than zero/],
    ["a negative size", { size: "-1" }, /size: must be a plain decimal/],
    ["a padded size", { size: " 1.0" }, /size: must be a plain decimal/],
    ["a numeric size", { size: 0.1 }, /size: must be a decimal string/],
    ["a bare-dot price", { limitPrice: ".5" }, /limitPrice: must be a plain decimal/],
    ["a negative nonce", { nonce: -1 }, /nonce: nonce must be ≥ 0/],
    ["a nonce beyond 2\\^53", { nonce: 2 ** 53 }, /nonce/],
    ["a fractional nonce", { nonce: 1.5 }, /nonce: must be an integer/],
    ["a time in seconds", { time: 1683849600 }, /time: must be epoch milliseconds, not seconds/],
    ["a symbol with spaces", { symbol: "BTC PERP" }, /symbol/],
    ["an unknown order type", { orderType: "STOP" }, /orderType must be "LIMIT" or "MARKET"/],
    ["a bad time in force", { timeInForce: "GTX" }, /timeInForce: must be GTC, FOK or IOC/],
    ["a non-boolean side", { isBuy: "true" }, /isBuy: must be a boolean/],
  ];
  it.each(invalid)(
    "throws ValidationError for %s, before anything is signed",
    async (_name, patch, message) => {
      const key = spyKey();
      const attempt = signOrder(key, { ...limitBuy, ...patch } as OrderRequest);
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toThrow(message);
      expect(key.signPayload).not.toHaveBeenCalled();
    },
  );

  it("refuses TP/SL and timeInForce on MARKET orders rather than dropping them", async () => {
    const key = spyKey();
    const market = { ...limitBuy, orderType: "MARKET" } as const;
    await expect(signOrder(key, { ...market, tpPrice: "31000" } as OrderRequest)).rejects.toThrow(
      ValidationError,
    );
    await expect(signOrder(key, { ...market, timeInForce: "GTC" } as OrderRequest)).rejects.toThrow(
      ValidationError,
    );
    expect(key.signPayload).not.toHaveBeenCalled();
  });

  it("reports every issue with its path", async () => {
    const error = await signOrder(spyKey(), { ...limitBuy, size: "abc", nonce: -5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path.join("."))).toEqual(["nonce", "size"]);
  });

  it("validates options", async () => {
    await expect(signOrder(spyKey(), limitBuy, { recvWindow: 0 })).rejects.toThrow(/recvWindow/);
  });

  it("orderPayload validates the low-level fields too", () => {
    expect(() =>
      orderPayload({
        ...(limitBuy as OrderSignatureFields),
        reduceOnly: false,
        orderType: "LIQUIDATION" as "LIMIT",
      }),
    ).toThrow(ValidationError);
  });
});
