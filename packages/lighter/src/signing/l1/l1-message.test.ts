import { ValidationError } from "@perp/core";
import { hashMessage } from "viem";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import {
  approveIntegratorL1Message,
  changePubKeyL1Message,
  createSubAccountL1Message,
  l1MessageHash,
  transferL1Message,
} from "./l1-message.js";

const TEMPLATES: Record<string, (fields: never) => string> = {
  changePubKey: changePubKeyL1Message,
  transfer: transferL1Message,
  approveIntegrator: approveIntegratorL1Message,
  createSubAccount: createSubAccountL1Message,
};

describe("L1 message bodies", () => {
  it("match the vectors byte for byte, with the EIP-191 hash", async () => {
    const cases = loadVectors("l1", "l1Message");
    expect(cases.length).toBe(4);
    for (const c of cases) {
      const body = TEMPLATES[c.input.template as string]!(c.input.fields as never);
      expect(body, c.id).toBe(c.expected.body);
      expect(await l1MessageHash(body), c.id).toBe(c.expected.eip191Hash);
      expect(hashMessage(body)).toBe(c.expected.eip191Hash);
    }
  });

  it("renders negative integers as their uint64 pattern and rejects malformed bytes", () => {
    expect(createSubAccountL1Message({ MasterAccountIndex: -1 })).toContain("0xffffffffffffffff");
    expect(() =>
      changePubKeyL1Message({ PubKey: "abcd", Nonce: 1, AccountIndex: 1, ApiKeyIndex: 4 }),
    ).toThrow(ValidationError);
  });
});
