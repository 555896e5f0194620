import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { ClientOrderIds, parseClientOrderId } from "./client-order-ids.js";

describe("client order ids", () => {
  it("takes integer ids in Lighter's range as client order indexes", () => {
    expect(parseClientOrderId("1")).toBe(1n);
    expect(parseClientOrderId("281474976710655")).toBe(281474976710655n);
  });

  it.each(["0", "01", "abc", "1.5", "-3", "281474976710656", "9".repeat(16)])("refuses %s", (id) => {
    expect(() => parseClientOrderId(id)).toThrow(ValidationError);
    expect(() => parseClientOrderId(id)).toThrow(/client order ids are integers|outside Lighter's range/);
  });

  it("draws strictly increasing indexes from the clock when the user gives none", () => {
    let now = 1_700_000_000_000;
    const ids = new ClientOrderIds(() => now);
    const a = ids.forOrder(undefined);
    const b = ids.forOrder(undefined);
    now -= 5_000;
    const c = ids.forOrder(undefined);
    expect(a).toBe(1_700_000_000_000n);
    expect(b).toBe(a + 1n);
    expect(c).toBe(b + 1n);
    expect(ids.forOrder("42")).toBe(42n);
  });
});
