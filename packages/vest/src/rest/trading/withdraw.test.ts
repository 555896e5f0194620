import { describe, expect, it } from "vitest";
import { signWithdraw } from "../../signing/index.js";
import { signingKey, WITHDRAW_SIGNATURE } from "../__fixtures__/keys.js";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { withdraw } from "./withdraw.js";

const ACCOUNT = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

describe("withdraw", () => {
  const server = usePayloadServer();

  it("posts the signWithdraw body (integer base units, token symbol, execute flag)", async () => {
    server.on("POST /v2/transfer/withdraw", { body: payload("id-ack") });
    const signed = await signWithdraw(
      signingKey,
      {
        time: 1683849600076,
        nonce: 3,
        account: ACCOUNT,
        recipient: ACCOUNT,
        tokenAddress: "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4",
        size: "100000000",
        chainId: 324,
      },
      { recvWindow: 60000 },
    );
    expect(signed.signature).toBe(WITHDRAW_SIGNATURE);
    const ack = await withdraw(testClient(server), signed);
    const request = server.single();
    expect(request.method).toBe("POST");
    expect(JSON.parse(request.body)).toEqual({
      order: {
        time: 1683849600076,
        nonce: 3,
        recipient: ACCOUNT,
        token: "USDC",
        size: 100000000,
        chainId: 324,
      },
      execute: true,
      recvWindow: 60000,
      signature: WITHDRAW_SIGNATURE,
    });
    expect(ack).toEqual({ id: "0x0" });
  });

  it("refuses a decimal size (the venue wants integer base units)", async () => {
    const bad = {
      order: { time: 1683849600076, nonce: 3, recipient: ACCOUNT, token: "USDC", size: 100.5, chainId: 324 },
      execute: true,
      signature: WITHDRAW_SIGNATURE,
    } as const;
    await expect(withdraw(testClient(server), bad)).rejects.toThrow(/base units/);
    expect(server.requests).toHaveLength(0);
  });
});
