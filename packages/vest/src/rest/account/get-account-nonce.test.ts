import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getAccountNonce, nextNonceAfter } from "./get-account-nonce.js";

describe("getAccountNonce", () => {
  const server = usePayloadServer();

  it("sends GET /account/nonce with time and proposes max(now, last + 1)", async () => {
    server.on("GET /v2/account/nonce", { body: payload("account-nonce") });
    const result = await getAccountNonce(testClient(server));
    const request = server.single();
    expect(request.query).toEqual({ time: String(TEST_NOW) });
    expect(request.headers["x-api-key"]).toBeDefined();
    expect(result).toEqual({ lastNonce: "0", nextNonce: TEST_NOW });
  });

  it("keeps a nonce beyond 2^53 exact and refuses to propose an unsafe successor", async () => {
    server.on("GET /v2/account/nonce", { body: payload("account-nonce-64bit-edge") });
    await expect(getAccountNonce(testClient(server))).rejects.toThrow(ValidationError);
    expect(() => nextNonceAfter("123456789012345678901234567890", TEST_NOW)).toThrow(
      /123456789012345678901234567890/,
    );
  });

  it("nextNonceAfter moves past a last nonce ahead of the clock", () => {
    expect(nextNonceAfter(TEST_NOW + 5, TEST_NOW)).toBe(TEST_NOW + 6);
    expect(nextNonceAfter(0n, TEST_NOW)).toBe(TEST_NOW);
  });
});
