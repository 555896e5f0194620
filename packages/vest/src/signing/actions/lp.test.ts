import { ValidationError } from "@perp/core";
import { bytesToHex } from "viem/utils";
import { describe, expect, it } from "vitest";
import { lpCases } from "../../../test/fixtures/index.js";
import type { Hex } from "../types.js";
import { type LpRequest, lpPayload, signLp } from "./lp.js";

describe("LP signing", () => {
  it.each(lpCases.map((c) => [c.id, c] as const))("reproduces vector %s", async (_id, c) => {
    const request = {
      time: c.input.timeMillis,
      nonce: c.input.nonce,
      orderType: c.input.orderType as LpRequest["orderType"],
      size: c.input.size,
    };
    const payload = lpPayload(request);
    expect(bytesToHex(payload.encoded)).toBe(c.expected.encoded);
    expect(bytesToHex(payload.abiHash)).toBe(c.expected.abiHash);
    expect(bytesToHex(payload.digest)).toBe(c.expected.digest);
    const body = await signLp(c.input.signingPrivateKey as Hex, request);
    expect(body).toEqual({ order: request, signature: c.expected.signature });
  });

  it("signs SCHEDULE_WITHDRAW and keeps the size string as given", async () => {
    const key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as Hex;
    const request: LpRequest = {
      time: 1683849600076,
      nonce: 9,
      orderType: "SCHEDULE_WITHDRAW",
      size: "10.500000",
    };
    const body = await signLp(key, request);
    expect(body.order.size).toBe("10.500000");
    const trimmed = await signLp(key, { ...request, size: "10.5" });
    expect(trimmed.signature).not.toBe(body.signature);
  });

  it('rejects the "ADD" type some clients use, and non-decimal sizes', () => {
    const base = { time: 1683849600076, nonce: 1, orderType: "DEPOSIT", size: "100" };
    expect(() => lpPayload({ ...base, orderType: "ADD" } as never)).toThrow(/orderType: must be DEPOSIT/);
    expect(() => lpPayload({ ...base, size: "100 USDC" } as never)).toThrow(ValidationError);
  });
});
