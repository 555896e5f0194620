import { describe, expect, it } from "vitest";
import { type NormalizedRestFault, parseFaultRequest } from "./fault-spec.js";
import { RestFaults } from "./rest-faults.js";

function rest(fault: object): NormalizedRestFault {
  return parseFaultRequest({ venue: "v", fault }).fault as NormalizedRestFault;
}

describe("RestFaults", () => {
  it("answers the next N matching requests, then lets them through", () => {
    const faults = new RestFaults();
    faults.arm("f1", rest({ kind: "rateLimit", count: 2, retryAfterSeconds: 5 }));
    const answers = [1, 2, 3].map(() => faults.decide("GET", "/x").answer);
    expect(answers).toEqual([
      { kind: "rateLimit", status: 429, retryAfterSeconds: 5 },
      { kind: "rateLimit", status: 429, retryAfterSeconds: 5 },
      undefined,
    ]);
  });

  it("matches path patterns and methods, and resets stateful /g patterns", () => {
    const faults = new RestFaults();
    faults.arm("f1", rest({ kind: "serverError", count: "unlimited", path: /^\/orders/g, method: "post" }));
    expect(faults.decide("GET", "/orders").answer).toBeUndefined();
    expect(faults.decide("POST", "/info").answer).toBeUndefined();
    for (let i = 0; i < 3; i++) expect(faults.decide("post", "/orders/1").answer?.status).toBe(503);
    expect(faults.active("v")).toMatchObject([
      { id: "f1", remaining: "unlimited", spec: { path: "^\\/orders" } },
    ]);
  });

  it("composes a slow rule with an error rule on the same request", () => {
    const faults = new RestFaults();
    faults.arm("f1", rest({ kind: "slow", ms: 300 }));
    faults.arm("f2", rest({ kind: "serverError", status: 500 }));
    expect(faults.decide("GET", "/")).toEqual({
      slowMs: 300,
      answer: { kind: "serverError", status: 500, retryAfterSeconds: undefined },
    });
    expect(faults.decide("GET", "/")).toEqual({ slowMs: 0, answer: undefined });
  });

  it("clears by id or entirely", () => {
    const faults = new RestFaults();
    faults.arm("f1", rest({ kind: "slow", ms: 1, count: "unlimited" }));
    faults.arm("f2", rest({ kind: "rateLimit", count: "unlimited" }));
    expect(faults.clear("f2")).toBe(1);
    expect(faults.decide("GET", "/").answer).toBeUndefined();
    expect(faults.clear()).toBe(1);
    expect(faults.decide("GET", "/").slowMs).toBe(0);
  });
});
