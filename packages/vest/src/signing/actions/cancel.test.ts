import { ValidationError } from "@perp/core";
import { bytesToHex } from "viem/utils";
import { describe, expect, it, vi } from "vitest";
import { cancelCases } from "../../../test/fixtures/index.js";
import type { Hex } from "../types.js";
import { cancelPayload, signCancel } from "./cancel.js";

describe("cancel signing", () => {
  it.each(cancelCases.map((c) => [c.id, c] as const))("reproduces vector %s", async (_id, c) => {
    const request = { time: c.input.timeMillis, nonce: c.input.nonce, id: c.input.id };
    const payload = cancelPayload(request);
    expect(bytesToHex(payload.encoded)).toBe(c.expected.encoded);
    expect(bytesToHex(payload.abiHash)).toBe(c.expected.abiHash);
    expect(bytesToHex(payload.digest)).toBe(c.expected.digest);
    const body = await signCancel(c.input.signingPrivateKey as Hex, request, { recvWindow: 5000 });
    expect(body).toEqual({ order: request, recvWindow: 5000, signature: c.expected.signature });
  });

  it("rejects an empty or non-string id before signing", async () => {
    const key = { address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Hex, signPayload: vi.fn() };
    for (const id of ["", 42, "0x ab"]) {
      await expect(signCancel(key, { time: 1683849600076, nonce: 1, id } as never)).rejects.toThrow(
        ValidationError,
      );
    }
    expect(key.signPayload).not.toHaveBeenCalled();
  });

  it("rejects unknown fields, which would be sent unsigned", () => {
    expect(() =>
      cancelPayload({ time: 1683849600076, nonce: 1, id: "0x1", symbol: "BTC-PERP" } as never),
    ).toThrow(ValidationError);
  });
});
