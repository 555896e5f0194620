import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { StarkSigner } from "../signer.js";
import { TESTNET_DOMAIN } from "../snip12/domain.js";
import { expirationFromNow, signTransfer, signWithdrawal } from "./transfer.js";

const signer = StarkSigner.fromPrivateKey(
  "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986",
);
const transfer = {
  domain: TESTNET_DOMAIN,
  senderVault: 10002,
  receiverVault: 10002,
  collateralId: "0x1",
  collateralResolution: 1_000_000,
  amount: "1.1",
  expirationSeconds: 1706231337,
  nonce: 1473459052,
};

describe("signTransfer", () => {
  it("builds the settlement of the Python SDK transfer test", () => {
    const { settlement } = signTransfer(signer, transfer);
    expect(settlement).toEqual({
      amount: "1100000",
      assetId: "0x1",
      expirationTimestamp: 1706231337,
      nonce: "1473459052",
      receiverPositionId: 10002,
      receiverPublicKey: signer.publicKeyHex,
      senderPositionId: 10002,
      senderPublicKey: "0x61c5e7e8339b7d56f197f54ea91b776776690e3232313de0f2ecbd0ef76f466",
      signature: {
        r: "0x21f353080b04ab862474d0d2985f4d223087a89193a3a8bdea3de320f845cf8",
        s: "0x6f70daa9e65037d97ccf0667cc6f1368b7b01a93d0ededf929b53be3f177d96",
      },
    });
  });

  it("refuses amounts finer than the resolution and out-of-range nonces", () => {
    expect(() => signTransfer(signer, { ...transfer, amount: "0.0000001" })).toThrow(ValidationError);
    expect(() => signTransfer(signer, { ...transfer, nonce: 0 })).toThrow(ValidationError);
  });
});

describe("signWithdrawal", () => {
  it("signs WithdrawArgs with the account key", () => {
    const { settlement, messageHash } = signWithdrawal(signer, {
      domain: TESTNET_DOMAIN,
      positionId: 10002,
      collateralId: "0x1",
      collateralResolution: 1_000_000,
      recipient: "0x19ec96d4aea6fdc6f0b5f393fec3f186aefa8f0b8356f43d07b921ff48aa5da",
      amount: "2",
      expirationSeconds: 1755690249,
      salt: 93763903,
    });
    expect(messageHash).toBe(0xcaabab47e381a054e1dd53938c8b337065d65e8099fa19e8a2722fa89ba8bdn);
    expect(settlement.expiration).toEqual({ seconds: 1755690249 });
    expect(settlement.signature.r).toBe("0x32ba6d0168a0c6890858914797efe173cafcd6f0e390802544c6693d4a30d7d");
  });
});

it("expirationFromNow rounds the clock up to whole seconds", () => {
  expect(expirationFromNow(21 * 86400, 1704416936860.694)).toBe(1706231337);
});
