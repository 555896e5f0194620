import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SessionTimers } from "./session-timers.js";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A task that always fails, counting its calls. */
function downTask() {
  const counter = { calls: 0 };
  const task = async () => {
    counter.calls++;
    throw new Error("down");
  };
  return { counter, task };
}

describe("SessionTimers.retry", () => {
  it("retries with doubling delays until the task succeeds, reporting each failure", async () => {
    const timers = new SessionTimers();
    const failures: unknown[] = [];
    let calls = 0;
    timers.retry(
      async () => {
        calls++;
        if (calls < 4) throw new Error(`attempt ${calls}`);
      },
      100,
      (error) => failures.push(error),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(3);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toBe(4);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(4);
    expect(failures.map((e) => (e as Error).message)).toEqual(["attempt 1", "attempt 2", "attempt 3"]);
  });

  it("stops retrying and clears pending timers when closed", async () => {
    const timers = new SessionTimers();
    const { counter, task } = downTask();
    timers.retry(task, 50, () => {});
    await vi.advanceTimersByTimeAsync(0);
    timers.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(counter.calls).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    timers.after(10, () => counter.calls++);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("SessionTimers.after", () => {
  it("runs a callback once after its delay and forgets it", async () => {
    const timers = new SessionTimers();
    let runs = 0;
    timers.after(100, () => runs++);
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("drops pending callbacks on close and reports itself closed", async () => {
    const timers = new SessionTimers();
    let runs = 0;
    timers.after(100, () => runs++);
    timers.after(200, () => runs++);
    expect(timers.closed).toBe(false);
    timers.close();
    expect(timers.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(0);
  });
});

describe("SessionTimers.retry delay cap", () => {
  it("never waits longer than 30 s between attempts", async () => {
    const timers = new SessionTimers();
    const { counter, task } = downTask();
    timers.retry(task, 20_000, () => {});
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(counter.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(counter.calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(counter.calls).toBe(3);
    timers.close();
  });
});
