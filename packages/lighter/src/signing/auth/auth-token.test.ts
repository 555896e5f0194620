import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { scalarFromLeBytes } from "../curve/scalar.js";
import { hexToBytes } from "../encoding/bytes.js";
import { verifySignature } from "../verify.js";
import { authTokenDeadline, authTokenNeedsRefresh, createAuthToken, packAsciiWords } from "./auth-token.js";

const SK = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const PK = "2386e091523144a70cba52660fd90382d1b30ee377e5068b43992a63a2dea9ddaf2c1c0df62bcbca";

describe("auth tokens", () => {
  it("match the fixed-nonce vectors", () => {
    const cases = loadVectors("auth", "authToken");
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const k = scalarFromLeBytes(hexToBytes(c.input.k as string)!).scalar;
      const t = createAuthToken({
        privateKey: c.input.privateKey as string,
        accountIndex: c.input.accountIndex as number,
        apiKeyIndex: c.input.apiKeyIndex as number,
        deadlineSeconds: c.input.deadlineSeconds as number,
        nonce: () => k,
      });
      expect(t, c.id).toMatchObject(c.expected);
    }
  });

  it("packs ASCII into little-endian 8-byte words", () => {
    const words = packAsciiWords("1750000000:1:0");
    const value = (i: number) => BigInt(words[2 * i]!) + (BigInt(words[2 * i + 1]!) << 32n);
    expect([value(0), value(1)]).toEqual([3472328296228009777n, 53026492133424n]);
  });

  it("defaults to a 10-minute deadline in seconds and verifies", () => {
    const now = 1_750_000_000_000;
    const t = createAuthToken({ privateKey: SK, accountIndex: 7, apiKeyIndex: 4, nowMs: now });
    expect(t.deadlineSeconds).toBe(1_750_000_600);
    expect(t.token.startsWith("1750000600:7:4:")).toBe(true);
    expect(authTokenDeadline(t.token)).toBe(1_750_000_600);
    expect(verifySignature(PK, t.messageHash, t.signature)).toBe(true);
  });

  it("says when to refresh, and refuses millisecond deadlines and lifetimes over 8 h", () => {
    const t = createAuthToken({
      privateKey: SK,
      accountIndex: 1,
      apiKeyIndex: 0,
      deadlineSeconds: 1_000_000,
    });
    expect(authTokenNeedsRefresh(t.token, { nowMs: 999_000_000 })).toBe(false);
    expect(authTokenNeedsRefresh(t.token, { nowMs: 999_950_000 })).toBe(true);
    expect(authTokenNeedsRefresh(t.token, { nowMs: 999_000_000, marginSeconds: 1200 })).toBe(true);
    expect(authTokenNeedsRefresh("garbage")).toBe(true);
    expect(() =>
      createAuthToken({
        privateKey: SK,
        accountIndex: 1,
        apiKeyIndex: 0,
        deadlineSeconds: 1_750_000_000_000,
      }),
    ).toThrow(/seconds/);
    expect(() =>
      createAuthToken({ privateKey: SK, accountIndex: 1, apiKeyIndex: 0, ttlSeconds: 9 * 3600 }),
    ).toThrow(ValidationError);
  });
});
