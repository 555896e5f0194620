import { StarkSigner } from "@perp/extended/signing";
import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "../shared/json.js";
import { deriveExtendedTestAccount, EXTENDED_TEST_ACCOUNT, EXTENDED_TEST_SUBACCOUNT } from "./credentials.js";
import { syntheticAssetId } from "./markets.js";
import { verifyStarkSignature } from "./signatures.js";

describe("extended test credentials", () => {
  it("derives the same keys from the same label, and different ones from another", () => {
    const again = deriveExtendedTestAccount("default", {
      accountId: 3004,
      clientId: 1001,
      accountIndex: 0,
      vault: 100_005,
      collateral: "100000",
    });
    expect(again.starkPrivateKey).toBe(EXTENDED_TEST_ACCOUNT.starkPrivateKey);
    expect(again.apiKey).toBe(EXTENDED_TEST_ACCOUNT.apiKey);
    expect(EXTENDED_TEST_SUBACCOUNT.starkPublicKey).not.toBe(EXTENDED_TEST_ACCOUNT.starkPublicKey);
    const signer = StarkSigner.fromPrivateKey(EXTENDED_TEST_ACCOUNT.starkPrivateKey);
    expect(signer.publicKeyHex).toBe(EXTENDED_TEST_ACCOUNT.starkPublicKey);
  });

  it("verifies Stark signatures against the x-only key and refuses others", () => {
    const signer = StarkSigner.fromPrivateKey(EXTENDED_TEST_ACCOUNT.starkPrivateKey);
    const hash = 0x1234567890abcdefn;
    const signature = signer.sign(hash);
    const key = BigInt(EXTENDED_TEST_ACCOUNT.starkPublicKey);
    expect(verifyStarkSignature(hash, signature, key)).toBe(true);
    expect(verifyStarkSignature(hash + 1n, signature, key)).toBe(false);
    expect(verifyStarkSignature(hash, signature, BigInt(EXTENDED_TEST_SUBACCOUNT.starkPublicKey))).toBe(
      false,
    );
    expect(verifyStarkSignature(hash, { r: 0n, s: signature.s }, key)).toBe(false);
  });

  it("builds synthetic ids as Extended's short strings", () => {
    expect(syntheticAssetId("BTC", 6)).toBe("0x4254432d3600000000000000000000");
    expect(syntheticAssetId("BTC", 10)).toBe("0x4254432d3130000000000000000000");
  });
});

describe("extended JSON", () => {
  it("writes bigints as bare integers and reads unsafe integers back as bigints", () => {
    const text = stringifyJson({ id: 2n ** 63n, small: 5, skip: undefined, list: [1n, "a"] });
    expect(text).toBe('{"id":9223372036854775808,"small":5,"list":[1,"a"]}');
    expect(parseJson(text)).toEqual({ id: 2n ** 63n, small: 5, list: [1, "a"] });
    expect(parseJson("[1.5, -9007199254740993]")).toEqual([1.5, -9007199254740993n]);
  });
});
