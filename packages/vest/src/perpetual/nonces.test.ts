import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { NonceSource, nonceFromClientOrderId } from "./nonces.js";

describe("NonceSource", () => {
  it("follows the clock and stays strictly increasing when the clock stands still", () => {
    let now = 1_700_000_000_000;
    const nonces = new NonceSource(() => now);
    expect([nonces.next(), nonces.next(), nonces.next()]).toEqual([now, now + 1, now + 2]);
    now += 10;
    expect(nonces.next()).toBe(now);
  });

  it("stays above nonces the user chose", () => {
    const nonces = new NonceSource(() => 1_000);
    nonces.observe(5_000);
    expect(nonces.next()).toBe(5_001);
    nonces.observe(10);
    expect(nonces.next()).toBe(5_002);
  });

  it("refuses to go past 2^53 - 1", () => {
    const nonces = new NonceSource(() => 0);
    nonces.observe(Number.MAX_SAFE_INTEGER);
    expect(() => nonces.next()).toThrow(ValidationError);
  });
});

describe("nonceFromClientOrderId", () => {
  it("reads decimal integers up to 2^53 - 1", () => {
    expect(nonceFromClientOrderId("0")).toBe(0);
    expect(nonceFromClientOrderId("123456789")).toBe(123456789);
    expect(nonceFromClientOrderId("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(["abc", "-1", "01", "1.5", "9007199254740992", "12345678901234567"])("refuses %s", (id) => {
    expect(() => nonceFromClientOrderId(id)).toThrow(ValidationError);
  });
});
