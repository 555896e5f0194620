import { ValidationError } from "@perp/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  describeFault,
  type FaultRequest,
  type faultRequestSchema,
  parseFaultRequest,
} from "./fault-spec.js";

describe("parseFaultRequest", () => {
  it("accepts every typed FaultRequest shape", () => {
    expectTypeOf<FaultRequest>().toExtend<z.input<typeof faultRequestSchema>>();
  });

  it("fills defaults", () => {
    expect(parseFaultRequest({ venue: "v", fault: { kind: "drop" } }).fault).toEqual({
      kind: "drop",
      mode: "terminate",
      code: 1001,
      reason: "dropped by simulator",
    });
    expect(parseFaultRequest({ venue: "v", fault: { kind: "rateLimit" } }).fault).toMatchObject({
      count: 1,
      retryAfterSeconds: 1,
    });
    expect(parseFaultRequest({ venue: "v", fault: { kind: "malformed" } }).fault).toEqual({
      kind: "malformed",
      count: 1,
      variant: "truncated",
    });
  });

  it("compiles path patterns, upper-cases methods and keeps big sequence numbers exact", () => {
    const { fault } = parseFaultRequest({
      venue: "v",
      fault: { kind: "serverError", path: "^/api/v1/order", method: "delete" },
    });
    expect(fault).toMatchObject({ method: "DELETE" });
    expect(fault.kind === "serverError" && fault.path?.test("/api/v1/orders")).toBe(true);
    const seq = parseFaultRequest({
      venue: "v",
      fault: { kind: "sequence", action: "skip", fromSeq: "18446744073709551615" },
    }).fault;
    expect(seq).toMatchObject({ fromSeq: 18446744073709551615n });
    expect(describeFault(seq)).toMatchObject({ fromSeq: "18446744073709551615" });
  });

  it.each([
    [{ venue: "v", fault: { kind: "explode" } }, "fault.kind"],
    [{ venue: "v", fault: { kind: "delay", ms: 10, jitter: 5 } }, "fault"],
    [{ venue: "v", fault: { kind: "serverError", status: 429 } }, "fault.status"],
    [{ venue: "v", fault: { kind: "sequence", action: "skip", count: 0 } }, "fault.count"],
    [{ venue: "v", fault: { kind: "rateLimit", path: "[" } }, "fault.path"],
    [{ venue: "", fault: { kind: "halfOpen" } }, "venue"],
    [{ venue: "v", fault: { kind: "drop", mode: "close", code: 999 } }, "fault.code"],
  ])("refuses %j naming %s", (input, path) => {
    const error = (() => {
      try {
        parseFaultRequest(input);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("refuses venue-only faults aimed at one connection", () => {
    expect(() => parseFaultRequest({ venue: "v", connection: "v-1", fault: { kind: "restart" } })).toThrow(
      /applies to a venue/,
    );
    expect(parseFaultRequest({ venue: "v", connection: "v-1", fault: { kind: "halfOpen" } }).connection).toBe(
      "v-1",
    );
  });
});
