import { inspect } from "node:util";
import { type PerpError, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { scalarFromLeBytes } from "./curve/scalar.js";
import { hexToBytes } from "./encoding/bytes.js";
import { LighterPrivateKey } from "./keys/private-key.js";
import { DEFAULT_TX_EXPIRY_MS, LighterSigner } from "./signer.js";
import { verifySignature } from "./verify.js";

const SK = "0x8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const PK = "2386e091523144a70cba52660fd90382d1b30ee377e5068b43992a63a2dea9ddaf2c1c0df62bcbca";
const K = scalarFromLeBytes(
  hexToBytes("f20c050f8e6bcd51488a3a19e84602c9b7760892a2243250ebe7b2b5b8ae273fb29774e651ac8c4e")!,
).scalar;

const order = {
  MarketIndex: 1,
  ClientOrderIndex: 100,
  BaseAmount: 1000000,
  Price: 250000,
  IsAsk: 0,
  Type: 0,
  TimeInForce: 1,
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: 1893456000000,
  Nonce: 42,
};

describe("LighterSigner", () => {
  it("fills account, key and expiry, and reproduces the vector with a fixed nonce", () => {
    const signer = LighterSigner.fromPrivateKey(SK, {
      accountIndex: 1,
      apiKeyIndex: 0,
      chainId: 304,
      nonce: () => K,
    });
    expect(signer.publicKey).toBe(PK);
    const signed = signer.createOrder({ ...order, ExpiredAt: 1893456000000 });
    expect(signed.txHash).toBe(
      "4891376b9db197260c1968749f410c61506379aef1815f50fda41b300a57c88c3356fefa6599aa7b",
    );
    expect(signed.txInfo).toContain(
      '"Sig":"Y+TFeXJ+Tprd+eEuPp5zcDXpHX2rTLe8PscL4XTp8v8rSyEBi6GybZn4QOb8hljWlfxtUd2oN7Dxmy7i2X0HBzwTYXSkcjJTpJpCTfVbrw8="',
    );
  });

  it("defaults ExpiredAt to now + 10 min - 1 s and signs verifiably with random nonces", () => {
    const signer = LighterSigner.fromPrivateKey(SK, {
      accountIndex: 5,
      apiKeyIndex: 4,
      chainId: 300,
      now: () => 1_000,
    });
    const signed = signer.createOrder(order, { attributes: { 4: 1 } });
    expect(signed.txInfo).toContain(`"ExpiredAt":${1_000 + DEFAULT_TX_EXPIRY_MS},`);
    expect(signed.txInfo.startsWith('{"AccountIndex":5,"ApiKeyIndex":4,')).toBe(true);
    expect(signed.txInfo.endsWith('"L2TxAttributes":{"4":1}}')).toBe(true);
    expect(verifySignature(PK, signed.txHash, signed.signature)).toBe(true);
    const transfer = signer.transfer({
      ToAccountIndex: 2,
      AssetIndex: 3,
      FromRouteType: 0,
      ToRouteType: 0,
      Amount: "1000000",
      USDCFee: 0,
      Nonce: 2,
    });
    expect(transfer.txInfo).toMatch(
      /^\{"FromAccountIndex":5,.*"Memo":\[0(,0){31}\].*"L1Sig":"","L2TxAttributes":null\}$/,
    );
  });

  it("registers its own public key by default in ChangePubKey", () => {
    const signer = LighterSigner.fromPrivateKey(SK, { accountIndex: 1, apiKeyIndex: 4, chainId: 304 });
    const signed = signer.changePubKey({ Nonce: 1 });
    expect(signed.txInfo).toContain('"PubKey":"I4bgkVIxRKcMulJmD9kDgtGzDuN35QaLQ5kqY6Leqd2vLBwN9ivLyg=="');
  });

  it("creates auth tokens for its account and key", () => {
    const signer = LighterSigner.fromPrivateKey(SK, {
      accountIndex: 1,
      apiKeyIndex: 0,
      chainId: 304,
      nonce: () => K,
    });
    expect(signer.createAuthToken({ deadlineSeconds: 1750000000 }).token).toBe(
      "1750000000:1:0:037052887ac3f6376c2e021a04099ed3b508902ff9e0a32cff64932b6bc7852ed99d4355176ef50ac7b9aa196dfe34b6cf6d17fbdbd0905583f620955028b822e58a22cd333f0f02030846805bb00047",
    );
  });

  it("never exposes the private key through toString, JSON, inspect or errors", () => {
    const signer = LighterSigner.fromPrivateKey(SK, { accountIndex: 1, apiKeyIndex: 0, chainId: 304 });
    const key = LighterPrivateKey.fromHex(SK);
    const body = SK.slice(2);
    for (const text of [
      String(signer),
      JSON.stringify(signer),
      inspect(signer, { showHidden: true, depth: 5 }),
      String(key),
      JSON.stringify({ key }),
      inspect(key, { showHidden: true }),
      inspect(Object.entries(signer)),
    ]) {
      expect(text).not.toContain(body.slice(0, 16));
      expect(text).not.toContain(BigInt(`0x${body}`).toString().slice(0, 16));
    }
    const errors: unknown[] = [];
    for (const bad of [`${SK}00`, SK.replace("8a", "zz"), `0x${"ff".repeat(40)}`]) {
      try {
        LighterSigner.fromPrivateKey(bad, { accountIndex: 1, apiKeyIndex: 0, chainId: 304 });
      } catch (error) {
        errors.push(error);
      }
    }
    expect(errors).toHaveLength(3);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ValidationError);
      const text = `${String(error)} ${JSON.stringify((error as PerpError).toJSON())} ${inspect(error)}`;
      expect(text).not.toContain(body.slice(0, 16));
      expect(text).not.toContain("ff".repeat(20));
    }
  });

  it("validates its configuration", () => {
    const make = (options: Record<string, unknown>) => () =>
      LighterSigner.fromPrivateKey(SK, { accountIndex: 1, apiKeyIndex: 0, chainId: 304, ...options });
    expect(make({ apiKeyIndex: 255 })).toThrow(/apiKeyIndex/);
    expect(make({ accountIndex: -1 })).toThrow(/accountIndex/);
    expect(make({ chainId: 1.5 })).toThrow(/chainId/);
  });
});
