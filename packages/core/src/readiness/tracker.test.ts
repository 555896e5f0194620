import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AbortedError,
  NotReadyError,
  PerpError,
  registerSecret,
  unregisterSecret,
  ValidationError,
} from "../errors/index.js";
import { ReadinessTracker } from "./tracker.js";
import type { ReadinessChange } from "./types.js";

function manualClock(start = 1_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Settles microtasks so a promise's state can be observed without awaiting it. */
async function state(promise: Promise<unknown>): Promise<"pending" | "resolved" | "rejected"> {
  let result: "pending" | "resolved" | "rejected" = "pending";
  promise.then(
    () => {
      result = "resolved";
    },
    () => {
      result = "rejected";
    },
  );
  await Promise.resolve();
  await Promise.resolve();
  return result;
}

describe("ReadinessTracker status", () => {
  it("starts every registered component pending with a reason and since from the clock", () => {
    const clock = manualClock(5_000);
    const tracker = new ReadinessTracker({ clock: clock.now, components: ["markets", "balances"] });
    const status = tracker.status();
    expect(status.ready).toBe(false);
    expect(status.missing).toEqual(["markets", "balances"]);
    expect(status.components.markets).toMatchObject({
      state: "pending",
      since: 5_000,
      reason: "waiting for markets and trading rules",
      initialized: false,
      required: true,
    });
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });

  it("becomes ready only through markReady with evidence, recording since and evidence", () => {
    const clock = manualClock();
    const tracker = new ReadinessTracker({ clock: clock.now, components: ["markets"] });
    clock.advance(250);
    tracker.markReady("markets", { evidence: "rest-response" });
    expect(tracker.status()).toMatchObject({ ready: true, missing: [] });
    expect(tracker.component("markets")).toMatchObject({
      state: "ready",
      since: 1_250,
      reason: undefined,
      evidence: "rest-response",
      initialized: true,
    });
  });

  it("rejects markReady without evidence and calls on unregistered components", () => {
    const tracker = new ReadinessTracker({ components: ["markets"] });
    // @ts-expect-error evidence is required
    expect(() => tracker.markReady("markets", {})).toThrow(PerpError);
    expect(() => tracker.markReady("funding", { evidence: "snapshot" })).toThrow(/not registered/);
    expect(tracker.isReady()).toBe(false);
  });

  it("keeps initialized while stale and returns to ready on a new confirmation", () => {
    const clock = manualClock();
    const tracker = new ReadinessTracker({ clock: clock.now, components: ["accountStream"] });
    tracker.markReady("accountStream", { evidence: "subscription-ack" });
    clock.advance(10);
    tracker.markStale("accountStream", "account stream reconnecting (attempt 3)");
    expect(tracker.component("accountStream")).toMatchObject({
      state: "stale",
      since: 1_010,
      initialized: true,
      reason: "account stream reconnecting (attempt 3)",
    });
    expect(tracker.isReady()).toBe(false);
    tracker.markReady("accountStream", { evidence: "snapshot" });
    expect(tracker.component("accountStream")).toMatchObject({ state: "ready", evidence: "snapshot" });
  });

  it("keeps a never-initialized component pending on markStale, with the new reason", () => {
    const tracker = new ReadinessTracker({ components: ["accountStream"] });
    tracker.markStale("accountStream", "account stream reconnecting (attempt 2)");
    expect(tracker.component("accountStream")).toMatchObject({
      state: "pending",
      initialized: false,
      reason: "account stream reconnecting (attempt 2)",
    });
  });

  it("records failures with lastError, redacted, and recovers on markReady", () => {
    const secret = "sk_live_0123456789abcdef";
    registerSecret(secret);
    const tracker = new ReadinessTracker({ components: ["balances"] });
    tracker.markFailed("balances", { message: `HTTP 401 for key ${secret}` });
    tracker.markStale("balances", `retrying with ${secret}`);
    expect(tracker.component("balances")?.reason).toBe("retrying with [redacted]");
    tracker.markFailed("balances", new Error(`HTTP 401 for key ${secret}`));
    unregisterSecret(secret);
    const failed = tracker.component("balances");
    expect(failed?.state).toBe("failed");
    expect(failed?.lastError).toBe("Error: HTTP 401 for key [redacted]");
    expect(failed?.reason).toBe("Error: HTTP 401 for key [redacted]");
    expect(JSON.stringify(tracker.status())).not.toContain(secret);
    tracker.markReady("balances", { evidence: "rest-response" });
    expect(tracker.component("balances")).toMatchObject({ state: "ready", lastError: failed?.lastError });
  });
});

describe("ReadinessTracker parts", () => {
  it("is ready only when every part is, and the reason names the missing parts", () => {
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    tracker.registerPart("orderBooks", "BTC-USD");
    tracker.registerPart("orderBooks", "ETH-USD");
    tracker.registerPart("orderBooks", "SOL-USD");
    tracker.markReady("orderBooks", "BTC-USD", { evidence: "snapshot" });
    tracker.markStale("orderBooks", "sequence gap, resyncing", "ETH-USD");
    const status = tracker.component("orderBooks");
    expect(status?.state).toBe("pending");
    expect(status?.reason).toBe(
      "2 of 3 not ready: ETH-USD (pending: sequence gap, resyncing), SOL-USD (pending: waiting for order book snapshot for SOL-USD)",
    );
    expect(status?.parts.map((p) => [p.part, p.state])).toEqual([
      ["BTC-USD", "ready"],
      ["ETH-USD", "pending"],
      ["SOL-USD", "pending"],
    ]);
    tracker.markReady("orderBooks", "ETH-USD", { evidence: "snapshot" });
    tracker.markReady("orderBooks", "SOL-USD", { evidence: "snapshot" });
    expect(tracker.component("orderBooks")).toMatchObject({
      state: "ready",
      evidence: "snapshot",
      reason: undefined,
    });
  });

  it("goes stale when a ready part resyncs and failed when one fails", () => {
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    tracker.register("orderBooks", { parts: ["BTC-USD", "ETH-USD"] });
    tracker.markReady("orderBooks", { evidence: "snapshot" });
    expect(tracker.isReady()).toBe(true);
    tracker.markStale("orderBooks", "resync after sequence gap", "BTC-USD");
    expect(tracker.component("orderBooks")?.state).toBe("stale");
    tracker.markFailed("orderBooks", new Error("snapshot request failed"), "ETH-USD");
    expect(tracker.component("orderBooks")).toMatchObject({
      state: "failed",
      lastError: "Error: snapshot request failed",
    });
  });

  it("applies component-wide calls to every part and tracks new parts from markReady", () => {
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    tracker.register("orderBooks", { parts: ["BTC-USD", "ETH-USD"] });
    tracker.markReady("orderBooks", { evidence: "snapshot" });
    tracker.markStale("orderBooks", "market stream reconnecting (attempt 1)");
    expect(tracker.component("orderBooks")?.parts.every((p) => p.state === "stale")).toBe(true);
    tracker.markReady("orderBooks", "DOGE-USD", { evidence: "snapshot" });
    expect(tracker.component("orderBooks")?.parts.map((p) => p.part)).toEqual([
      "BTC-USD",
      "ETH-USD",
      "DOGE-USD",
    ]);
  });

  it("is ready with no parts when tracked by parts, and follows removals", () => {
    const tracker = new ReadinessTracker();
    tracker.register("orderBooks", { parts: [] });
    expect(tracker.isReady()).toBe(true);
    tracker.registerPart("orderBooks", "BTC-USD");
    expect(tracker.isReady()).toBe(false);
    tracker.removePart("orderBooks", "BTC-USD");
    expect(tracker.isReady()).toBe(true);
  });

  it("names at most five missing parts", () => {
    const tracker = new ReadinessTracker();
    tracker.register("orderBooks", { parts: ["A", "B", "C", "D", "E", "F", "G"] });
    expect(tracker.component("orderBooks")?.reason).toMatch(/^7 of 7 not ready: A .* E \(.*\) and 2 more$/);
  });
});

describe("ReadinessTracker read-only mode", () => {
  it("counts account components as satisfied when not required", () => {
    const tracker = new ReadinessTracker({
      readOnly: true,
      components: ["markets", "balances", "positions", "openOrders", "accountStream"],
    });
    expect(tracker.status().missing).toEqual(["markets"]);
    expect(tracker.component("balances")).toMatchObject({
      required: false,
      satisfied: true,
      state: "pending",
    });
    tracker.markReady("markets", { evidence: "rest-response" });
    expect(tracker.isReady()).toBe(true);
    tracker.setReadOnly(false);
    expect(tracker.status().missing).toEqual(["balances", "positions", "openOrders", "accountStream"]);
  });

  it("lets any component be declared not required", async () => {
    const tracker = new ReadinessTracker({ components: ["markets", "funding"] });
    tracker.setRequired("funding", false);
    tracker.markReady("markets", { evidence: "rest-response" });
    await expect(tracker.ready({ components: ["funding"] })).resolves.toBeUndefined();
  });
});

describe("ReadinessTracker.ready", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves when the last component becomes ready, not before", async () => {
    const tracker = new ReadinessTracker({ components: ["markets", "orderBooks", "balances"] });
    const ready = tracker.ready();
    tracker.markReady("markets", { evidence: "rest-response" });
    tracker.markReady("orderBooks", { evidence: "snapshot" });
    expect(await state(ready)).toBe("pending");
    tracker.markReady("balances", { evidence: "snapshot" });
    expect(await state(ready)).toBe("resolved");
  });

  it("resolves immediately when already ready and waits only for the named components", async () => {
    const tracker = new ReadinessTracker({ components: ["markets", "balances"] });
    tracker.markReady("markets", { evidence: "rest-response" });
    await expect(tracker.ready({ components: ["markets"] })).resolves.toBeUndefined();
    expect(await state(tracker.ready())).toBe("pending");
  });

  it("times out with a NotReadyError listing each missing component, reason and last error", async () => {
    const clock = manualClock(0);
    const tracker = new ReadinessTracker({
      clock: clock.now,
      venue: "testvenue",
      components: ["markets", "balances", "accountStream"],
    });
    tracker.markReady("markets", { evidence: "rest-response" });
    tracker.markFailed("balances", new Error("HTTP 503"));
    tracker.markStale("balances", "waiting for account snapshot");
    tracker.markFailed("accountStream", new Error("connection refused"));
    const ready = tracker.ready({ timeoutMs: 5_000 });
    const caught = ready.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(await state(ready)).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    const error = await caught;
    expect(error).toBeInstanceOf(NotReadyError);
    const notReady = error as NotReadyError;
    expect(notReady.message).toBe(
      "not ready after 5000 ms: balances (pending: waiting for account snapshot; last error: Error: HTTP 503), " +
        "accountStream (failed: Error: connection refused)",
    );
    expect(notReady.venue).toBe("testvenue");
    expect(notReady.missing).toEqual([
      {
        component: "balances",
        state: "pending",
        reason: "waiting for account snapshot",
        since: 0,
        lastError: "Error: HTTP 503",
      },
      {
        component: "accountStream",
        state: "failed",
        reason: "Error: connection refused",
        since: 0,
        lastError: "Error: connection refused",
      },
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("clears its timer and listeners once resolved", async () => {
    const tracker = new ReadinessTracker({ components: ["markets"] });
    const signal = new AbortController().signal;
    const addSpy = vi.spyOn(signal, "addEventListener");
    const removeSpy = vi.spyOn(signal, "removeEventListener");
    const ready = tracker.ready({ timeoutMs: 60_000, signal });
    expect(vi.getTimerCount()).toBe(1);
    tracker.markReady("markets", { evidence: "rest-response" });
    await ready;
    expect(vi.getTimerCount()).toBe(0);
    expect(addSpy).toHaveBeenCalledTimes(1);
    expect(removeSpy).toHaveBeenCalledWith("abort", addSpy.mock.calls[0]?.[1]);
  });

  it("rejects with AbortedError on abort, and at once when already aborted", async () => {
    const tracker = new ReadinessTracker({ components: ["markets"] });
    const controller = new AbortController();
    const ready = tracker.ready({ signal: controller.signal, timeoutMs: 1_000 });
    controller.abort(new Error("user gave up"));
    await expect(ready).rejects.toBeInstanceOf(AbortedError);
    expect(vi.getTimerCount()).toBe(0);
    await expect(tracker.ready({ signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
  });

  it("does not resolve on stale and resolves after the resync confirms", async () => {
    const tracker = new ReadinessTracker({ components: ["orderBooks"] });
    tracker.markReady("orderBooks", { evidence: "snapshot" });
    tracker.markStale("orderBooks", "sequence gap, resyncing");
    const ready = tracker.ready();
    expect(await state(ready)).toBe("pending");
    tracker.markReady("orderBooks", { evidence: "snapshot" });
    expect(await state(ready)).toBe("resolved");
  });

  it("rejects unknown component names with a ValidationError", async () => {
    const tracker = new ReadinessTracker({ components: ["markets"] });
    const error = await tracker.ready({ components: ["fundng"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("fundng");
    expect((error as ValidationError).issues).toHaveLength(1);
    await expect(tracker.ready({ timeoutMs: Number.NaN })).rejects.toBeInstanceOf(ValidationError);
  });

  it("fails fast on a failed component only when asked", async () => {
    const tracker = new ReadinessTracker({ components: ["balances"] });
    const patient = tracker.ready();
    const fast = tracker.ready({ failFast: true });
    tracker.markFailed("balances", new Error("401 unauthorized"));
    await expect(fast).rejects.toThrow("not ready: balances (failed: Error: 401 unauthorized)");
    expect(await state(patient)).toBe("pending");
    tracker.markReady("balances", { evidence: "rest-response" });
    expect(await state(patient)).toBe("resolved");
  });

  it("keeps waiting when a listener throws", async () => {
    const errors: unknown[] = [];
    const tracker = new ReadinessTracker({ components: ["markets"], onListenerError: (e) => errors.push(e) });
    tracker.on("change", () => {
      throw new Error("listener bug");
    });
    const ready = tracker.ready();
    tracker.markReady("markets", { evidence: "rest-response" });
    expect(await state(ready)).toBe("resolved");
    expect(errors).toHaveLength(1);
  });
});

describe("ReadinessTracker change events", () => {
  it("emits on every change with the component status and overall readiness, not on no-ops", () => {
    const tracker = new ReadinessTracker({ components: ["markets", "orderBooks"] });
    const changes: ReadinessChange[] = [];
    const off = tracker.on("change", (change) => changes.push(change));
    tracker.markReady("markets", { evidence: "rest-response" });
    tracker.markReady("markets", { evidence: "rest-response" });
    tracker.markReady("orderBooks", "BTC-USD", { evidence: "snapshot" });
    tracker.markStale("orderBooks", "resync", "BTC-USD");
    tracker.markStale("orderBooks", "resync", "BTC-USD");
    expect(changes.map((c) => [c.component, c.part, c.status.state, c.ready])).toEqual([
      ["markets", undefined, "ready", false],
      ["orderBooks", "BTC-USD", "ready", true],
      ["orderBooks", "BTC-USD", "stale", false],
    ]);
    off();
    tracker.markReady("orderBooks", "BTC-USD", { evidence: "snapshot" });
    expect(changes).toHaveLength(3);
  });

  it("emits when the reason changes without a state change", () => {
    const tracker = new ReadinessTracker({ components: ["accountStream"] });
    const reasons: (string | undefined)[] = [];
    tracker.on("change", (change) => reasons.push(change.status.reason));
    tracker.markStale("accountStream", "account stream reconnecting (attempt 1)");
    tracker.markStale("accountStream", "account stream reconnecting (attempt 2)");
    expect(reasons).toEqual([
      "account stream reconnecting (attempt 1)",
      "account stream reconnecting (attempt 2)",
    ]);
  });
});
