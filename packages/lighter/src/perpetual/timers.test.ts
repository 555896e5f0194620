import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Timers } from "./timers.js";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("Timers.retry", () => {
  it("retries with doubling delays until the task succeeds, reporting each failure", async () => {
    const timers = new Timers();
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
    const timers = new Timers();
    let calls = 0;
    timers.retry(
      async () => {
        calls++;
        throw new Error("down");
      },
      50,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(0);
    timers.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    timers.after(10, () => calls++);
    expect(vi.getTimerCount()).toBe(0);
  });
});
