import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RetryLoop } from "./retry-loop.js";

describe("RetryLoop", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("retries a failing load with backoff until it succeeds, reporting each failure", async () => {
    const failures: number[] = [];
    const loop = new RetryLoop({
      initialDelayMs: 100,
      maxDelayMs: 1000,
      onFailure: (_n, _e, attempt) => failures.push(attempt),
    });
    let calls = 0;
    const done = loop.run("x", async () => {
      calls += 1;
      if (calls < 3) throw new Error("down");
    });
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(calls).toBe(3);
    expect(failures).toEqual([1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("cancel() clears pending retries: nothing runs afterwards", async () => {
    const loop = new RetryLoop({ initialDelayMs: 100, maxDelayMs: 100, onFailure: () => {} });
    let calls = 0;
    void loop.run("x", async () => {
      calls += 1;
      throw new Error("down");
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    loop.cancel();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
  });
});
