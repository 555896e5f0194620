import {
  expirationFromNow,
  MAINNET_DOMAIN,
  StarkSigner,
  signTransfer,
  signWithdrawal,
} from "@perp/extended/signing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { api, type Rig, START, startRig } from "./__fixtures__/sim.js";
import { EXTENDED_TEST_ACCOUNT as MAIN, EXTENDED_TEST_SUBACCOUNT as SUB } from "./credentials.js";

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const signer = () => StarkSigner.fromPrivateKey(MAIN.starkPrivateKey);

function transferBody(amount: string, nonce = 7) {
  const signed = signTransfer(signer(), {
    domain: MAINNET_DOMAIN,
    senderVault: MAIN.vault,
    receiverVault: SUB.vault,
    receiverPublicKey: SUB.starkPublicKey,
    collateralId: "0x1",
    collateralResolution: 1_000_000,
    amount,
    expirationSeconds: expirationFromNow(21 * 86_400, START),
    nonce,
  });
  return {
    fromAccount: MAIN.accountId,
    toAccount: SUB.accountId,
    amount,
    transferredAsset: "USD",
    settlement: signed.settlement,
  };
}

function withdrawalBody(amount: string, expirationDays = 15) {
  const signed = signWithdrawal(signer(), {
    domain: MAINNET_DOMAIN,
    positionId: MAIN.vault,
    collateralId: "0x1",
    collateralResolution: 1_000_000,
    recipient: MAIN.starknetWalletAddress,
    amount,
    expirationSeconds: expirationFromNow(expirationDays * 86_400, START),
    salt: 99,
  });
  return {
    accountId: String(MAIN.accountId),
    amount,
    chainId: "STRK",
    asset: "USD",
    settlement: signed.settlement,
  };
}

const balanceOf = async (key: string) => (await api(rig, "GET", "/user/balance", { key })).json.data.balance;

describe("extended transfers and withdrawals", () => {
  it("moves collateral between sub-accounts with a verified TransferArgs signature", async () => {
    const result = await api(rig, "POST", "/user/transfer", {
      key: MAIN.apiKey,
      body: transferBody("1250.5"),
    });
    expect(result.json).toEqual({ status: "OK", data: { validSignature: true, id: 1 } });
    expect(await balanceOf(MAIN.apiKey)).toBe("98749.500000");
    expect(await balanceOf(SUB.apiKey)).toBe("101250.500000");
    const ops = await api(rig, "GET", "/user/assetOperations?type=TRANSFER", { key: SUB.apiKey });
    expect(ops.json.data[0]).toMatchObject({
      type: "TRANSFER",
      amount: "1250.500000",
      counterpartyAccountId: 3004,
    });
  });

  it("refuses tampered, foreign and oversized transfers", async () => {
    const body = transferBody("10");
    const tampered = { ...body, amount: "11", settlement: { ...body.settlement, amount: "11000000" } };
    expect(
      (await api(rig, "POST", "/user/transfer", { key: MAIN.apiKey, body: tampered })).json.error.code,
    ).toBe(1101);
    expect((await api(rig, "POST", "/user/transfer", { key: SUB.apiKey, body })).json.error.code).toBe(1009);
    const mismatch = { ...body, amount: "11" };
    expect(
      (await api(rig, "POST", "/user/transfer", { key: MAIN.apiKey, body: mismatch })).json.error.code,
    ).toBe(1650);
    const tooMuch = transferBody("100001");
    expect(
      (await api(rig, "POST", "/user/transfer", { key: MAIN.apiKey, body: tooMuch })).json.error.code,
    ).toBe(1650);
    expect(await balanceOf(MAIN.apiKey)).toBe("100000.000000");
  });

  it("accepts a signed Starknet withdrawal to the account's wallet and checks its rules", async () => {
    const ok = await api(rig, "POST", "/user/withdrawal", { key: MAIN.apiKey, body: withdrawalBody("2") });
    expect(ok.json).toEqual({ status: "OK", data: 1 });
    expect(await balanceOf(MAIN.apiKey)).toBe("99998.000000");
    const soon = await api(rig, "POST", "/user/withdrawal", {
      key: MAIN.apiKey,
      body: withdrawalBody("2", 10),
    });
    expect(soon.json.error.code).toBe(1604);
    const body = withdrawalBody("3");
    const bad = { ...body, settlement: { ...body.settlement, salt: 100 } };
    expect(
      (await api(rig, "POST", "/user/withdrawal", { key: MAIN.apiKey, body: bad })).json.error.code,
    ).toBe(1101);
    const other = { ...body, accountId: String(SUB.accountId) };
    expect(
      (await api(rig, "POST", "/user/withdrawal", { key: MAIN.apiKey, body: other })).json.error.code,
    ).toBe(1608);
    const mismatch = { ...body, amount: "4" };
    expect(
      (await api(rig, "POST", "/user/withdrawal", { key: MAIN.apiKey, body: mismatch })).json.error.code,
    ).toBe(1602);
    const ops = await api(rig, "GET", "/user/assetOperations", { key: MAIN.apiKey });
    expect(ops.json.data).toHaveLength(1);
    expect(ops.json.data[0]).toMatchObject({ type: "WITHDRAWAL", amount: "-2.000000" });
  });

  it("shapes injected rate limits and server errors as the venue's envelope", async () => {
    await rig.harness.faults.rateLimit("extended", { count: 1 });
    const limited = await api(rig, "GET", "/info/markets");
    expect(limited.status).toBe(429);
    expect(limited.json.status).toBe("ERROR");
    await rig.harness.faults.serverError("extended", { count: 1 });
    const failed = await api(rig, "GET", "/info/markets");
    expect(failed.status).toBe(503);
    expect(failed.json.error.code).toBe("INTERNAL_SERVER_ERROR");
    expect((await api(rig, "GET", "/info/markets")).status).toBe(200);
  });
});
