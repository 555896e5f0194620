import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { scalarFromLeBytes } from "../curve/scalar.js";
import { hexToBytes } from "../encoding/bytes.js";
import { verifySignature } from "../verify.js";
import type { TxAttributesInput } from "./attributes.js";
import type { TxFieldsInput } from "./fields.js";
import { parseTxFields } from "./fields.js";
import { txPreimage } from "./preimage.js";
import { signTx } from "./sign.js";
import { TX_TYPES, type TxTypeName } from "./spec.js";

const SK = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const PK = "2386e091523144a70cba52660fd90382d1b30ee377e5068b43992a63a2dea9ddaf2c1c0df62bcbca";

const ORDER = {
  AccountIndex: 1,
  ApiKeyIndex: 0,
  MarketIndex: 1,
  ClientOrderIndex: 100,
  BaseAmount: 1000000,
  Price: 250000,
  IsAsk: 0,
  Type: 0,
  TimeInForce: 1,
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: "1893456000000",
  ExpiredAt: 1893456000000n,
  Nonce: 42,
} satisfies TxFieldsInput<"L2CreateOrder">;

describe("signTx", () => {
  const cases = loadVectors("tx", "tx");

  it.each(cases.map((c) => [c.id, c] as const))("matches %s (hash, signature, tx_info)", (_id, c) => {
    const type = c.input.txType as TxTypeName;
    expect(TX_TYPES[type].code).toBe(c.input.txTypeCode);
    const k = scalarFromLeBytes(hexToBytes(c.input.k as string)!).scalar;
    const signed = signTx(type, c.input.fields as TxFieldsInput<typeof type>, {
      privateKey: c.input.privateKey as string,
      chainId: c.input.chainId as number,
      attributes: c.input.attributes as TxAttributesInput,
      nonce: () => k,
    });
    expect(signed.txHash).toBe(c.expected.txHash);
    expect(signed.signature).toBe(c.expected.signature);
    expect(signed.txInfo).toBe(c.expected.txInfo);
    expect(signed.txType).toBe(c.input.txTypeCode);
  });

  it("signs the types without a vector (BurnShares, UnstakeAssets) with their own code and a valid signature", () => {
    const body = { AccountIndex: 1, ApiKeyIndex: 0, ExpiredAt: "1893456000000", Nonce: 23 };
    const burn = signTx(
      "L2BurnShares",
      { ...body, PublicPoolIndex: "140737488355428", ShareAmount: 2500 },
      {
        privateKey: SK,
        chainId: 304,
      },
    );
    expect(burn.txType).toBe(19);
    expect(burn.txHash).toBe(
      "b4442f4a892416602ca83097455265a168730e32bee1d85017f395926de860204a20d86b84bf6b61",
    );
    expect(verifySignature(PK, burn.txHash, burn.signature)).toBe(true);
    const unstake = signTx(
      "L2UnstakeAssets",
      { ...body, Nonce: 25, StakingPoolIndex: "140737488355335", ShareAmount: 500000 },
      {
        privateKey: SK,
        chainId: 304,
      },
    );
    expect(unstake.txHash).toBe(
      "ceeb51026a7976b9f95d3eb4237d2b85d78e97fe7b98bc49ac2e912720b400a6a9db7c0af7d4ce67",
    );
  });

  it("preserves integers beyond 2^53 exactly in the preimage and the JSON", () => {
    const big = "1152921504606846975"; // 2^60 - 1
    const signed = signTx(
      "L2CancelOrder",
      { AccountIndex: 1, ApiKeyIndex: 0, MarketIndex: 0, Index: big, ExpiredAt: 1893456000000, Nonce: 7 },
      { privateKey: SK, chainId: 304 },
    );
    expect(signed.txInfo).toContain(`"Index":${big},`);
    const parsed = parseTxFields("L2CancelOrder", {
      AccountIndex: 1,
      ApiKeyIndex: 0,
      MarketIndex: 0,
      Index: big,
      ExpiredAt: 1,
      Nonce: 7,
    });
    expect(txPreimage("L2CancelOrder", parsed, 304).at(-1)).toBe(BigInt(big));
    expect(verifySignature(PK, signed.txHash, signed.signature)).toBe(true);
  });

  it("splits UpdateMargin amounts with an arithmetic shift and negative account indexes as two's complement", () => {
    const parsed = parseTxFields("L2UpdateMargin", {
      AccountIndex: -1,
      ApiKeyIndex: 0,
      MarketIndex: 1,
      USDCAmount: -(2n ** 33n) - 5n,
      Direction: 0,
      ExpiredAt: 1,
      Nonce: 1,
    });
    const pre = txPreimage("L2UpdateMargin", parsed, 304);
    expect(pre[4]).toBe(4294967294n);
    expect(pre[7]).toBe(BigInt.asUintN(64, -(2n ** 33n) - 5n) & 0xffffffffn);
    expect(pre[8]).toBe(BigInt.asUintN(64, -3n) % 0xffffffff00000001n);
  });

  it("rejects bad input with a ValidationError naming the field, before signing", () => {
    const attempt = (fields: Record<string, unknown>) => () =>
      signTx("L2CreateOrder", fields as unknown as TxFieldsInput<"L2CreateOrder">, {
        privateKey: SK,
        chainId: 304,
      });
    expect(attempt({ ...ORDER, Price: 2 ** 32 })).toThrow(/Price must be a uint32/);
    expect(attempt({ ...ORDER, BaseAmount: 2 ** 60 })).toThrow(/BaseAmount must be an integer within ±2\^53/);
    expect(attempt({ ...ORDER, IsAsk: "yes" })).toThrow(ValidationError);
    expect(attempt({ ...ORDER, Extra: 1 })).toThrow(/unknown field: Extra/);
    const { Nonce: _omit, ...withoutNonce } = ORDER;
    expect(attempt(withoutNonce)).toThrow(/Nonce is required/);
    expect(() =>
      signTx("L2CreateOrder", ORDER, { privateKey: SK, chainId: 304, attributes: { 9: 1 } }),
    ).toThrow(/unknown L2 tx attribute type/);
    expect(() =>
      signTx("L2CreateOrder", ORDER, { privateKey: SK, chainId: 304, attributes: { 2: 5 } }),
    ).toThrow(/require the integrator account/);
  });

  it("never puts the private key in a thrown message", () => {
    const wrong = `${SK.slice(0, 78)}zz`;
    let message = "";
    try {
      signTx("L2CreateOrder", ORDER, { privateKey: wrong, chainId: 304 });
    } catch (error) {
      message = String(error) + JSON.stringify(error);
    }
    expect(message).toMatch(/private key/);
    expect(message).not.toContain(SK.slice(0, 20));
  });

  it("signs with a random nonce by default, producing different valid signatures", () => {
    const a = signTx("L2CreateOrder", ORDER, { privateKey: SK, chainId: 304 });
    const b = signTx("L2CreateOrder", ORDER, { privateKey: SK, chainId: 304 });
    expect(a.txHash).toBe(b.txHash);
    expect(a.signature).not.toBe(b.signature);
    expect(verifySignature(PK, a.txHash, a.signature)).toBe(true);
    expect(verifySignature(PK, b.txHash, b.signature)).toBe(true);
  });
});
