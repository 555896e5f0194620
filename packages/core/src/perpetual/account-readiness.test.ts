import { describe, expect, it } from "vitest";
import { ReadinessTracker } from "../readiness/index.js";
import { READ_ONLY_REASON, registerAccountComponents } from "./account-readiness.js";

const REASONS = {
  balances: "waiting for balances",
  positions: "waiting for positions",
  openOrders: "waiting for open orders",
  accountStream: "waiting for the account stream",
};

describe("registerAccountComponents", () => {
  it("registers the four account components, pending with the venue's reasons, in a fixed order", () => {
    const tracker = new ReadinessTracker({ venue: "test" });
    registerAccountComponents(tracker, { readOnly: false, reasons: REASONS });
    const status = tracker.status();
    expect(status.missing).toEqual(["balances", "positions", "openOrders", "accountStream"]);
    expect(status.components.openOrders).toMatchObject({
      state: "pending",
      reason: "waiting for open orders",
    });
    expect(status.components.accountStream?.reason).toBe("waiting for the account stream");
  });

  it("read-only: every account component names the read-only reason and is not required", () => {
    const tracker = new ReadinessTracker({ venue: "test", readOnly: true });
    registerAccountComponents(tracker, { readOnly: true, reasons: REASONS });
    const status = tracker.status();
    expect(status.missing).toEqual([]);
    for (const component of ["balances", "positions", "openOrders", "accountStream"]) {
      expect(status.components[component]).toMatchObject({ required: false, reason: READ_ONLY_REASON });
    }
  });

  it("uses a venue's own read-only wording when given", () => {
    const tracker = new ReadinessTracker({ venue: "test", readOnly: true });
    registerAccountComponents(tracker, {
      readOnly: true,
      reasons: REASONS,
      readOnlyReason: "read-only: no credentials configured",
    });
    expect(tracker.status().components.balances?.reason).toBe("read-only: no credentials configured");
  });
});
