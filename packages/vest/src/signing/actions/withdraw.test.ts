import { ValidationError } from "@perp/core";
import { bytesToHex } from "viem/utils";
import { describe, expect, it, vi } from "vitest";
import { withdrawCases } from "../../../test/fixtures/index.js";
import type { Hex } from "../types.js";
import { signWithdraw, type WithdrawRequest, withdrawPayload } from "./withdraw.js";

const c = withdrawCases[0]!;
const request: WithdrawRequest = {
  time: c.input.timeMillis,
  nonce: c.input.nonce,
  account: c.input.account as Hex,
  recipient: c.input.recipient as Hex,
  tokenAddress: c.input.token as Hex,
  size: c.input.size,
  chainId: c.input.chainId,
};
const spyKey = () => ({
  address: c.expected.signerAddress as Hex,
  signPayload: vi.fn(async () => "0x00" as Hex),
});

describe("withdraw signing", () => {
  it.each(withdrawCases.map((w) => [w.id, w] as const))("reproduces vector %s", async (_id, w) => {
    const payload = withdrawPayload({
      time: w.input.timeMillis,
      nonce: w.input.nonce,
      account: w.input.account as Hex,
      recipient: w.input.recipient as Hex,
      token: w.input.token as Hex,
      size: w.input.size,
      chainId: w.input.chainId,
    });
    expect(bytesToHex(payload.encoded)).toBe(w.expected.encoded);
    expect(bytesToHex(payload.abiHash)).toBe(w.expected.abiHash);
    expect(bytesToHex(payload.digest)).toBe(w.expected.digest);
  });

  it("signs the token address but sends the symbol, an integer size and the execute flag", async () => {
    const body = await signWithdraw(c.input.signingPrivateKey as Hex, request, { recvWindow: 60000 });
    expect(body).toEqual({
      order: {
        time: c.input.timeMillis,
        nonce: c.input.nonce,
        recipient: c.input.recipient,
        token: "USDC",
        size: 100000000,
        chainId: 324,
      },
      execute: true,
      recvWindow: 60000,
      signature: c.expected.signature,
    });
    const manual = await signWithdraw(
      c.input.signingPrivateKey as Hex,
      { ...request, tokenSymbol: "USDC" },
      { execute: false },
    );
    expect(manual.execute).toBe(false);
    expect(manual.signature).toBe(c.expected.signature);
  });

  it("refuses sizes that cannot travel exactly as a JSON number, before signing", async () => {
    const key = spyKey();
    await expect(signWithdraw(key, { ...request, size: "9007199254740992" })).rejects.toThrow(/2\^53/);
    expect(key.signPayload).not.toHaveBeenCalled();
  });

  it("still hashes any uint256 size at the payload level", () => {
    const { tokenAddress: token, ...fields } = request;
    const big = withdrawPayload({ ...fields, token, size: ((1n << 256n) - 1n).toString() });
    expect(big.encoded.length).toBe(256);
    expect(bytesToHex(big.encoded.slice(192, 224))).toBe(`0x${"f".repeat(64)}`);
    expect(() => withdrawPayload({ ...fields, token, size: (1n << 256n).toString() })).toThrow(
      /size: must fit in uint256/,
    );
    expect(() => withdrawPayload({ ...fields, token, tokenAddress: token } as never)).toThrow(
      /unknown field\(s\) tokenAddress/,
    );
  });

  const invalid: [string, Partial<WithdrawRequest>][] = [
    ["a decimal size", { size: "100.5" }],
    ["a zero size", { size: "0" }],
    ["a leading-zero size", { size: "0100" }],
    ["a bad checksum", { recipient: "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266" }],
    ["a short address", { account: "0xf39fd6e5" }],
    ["a zero chain id", { chainId: 0 }],
  ];
  it.each(invalid)("throws ValidationError for %s", async (_name, patch) => {
    const key = spyKey();
    await expect(signWithdraw(key, { ...request, ...patch })).rejects.toThrow(ValidationError);
    expect(key.signPayload).not.toHaveBeenCalled();
  });

  it("accepts all-lowercase addresses (no checksum to check)", async () => {
    const body = await signWithdraw(spyKey(), {
      ...request,
      recipient: c.input.recipient.toLowerCase() as Hex,
    });
    expect(body.order.recipient).toBe(c.input.recipient.toLowerCase());
  });
});
