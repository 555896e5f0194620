import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock, SystemClock } from "../../engine/index.js";
import type { VenueContext } from "../../server/index.js";
import { PeriodicJobs } from "./periodic-jobs.js";

/** Only what PeriodicJobs uses of the harness context: its interval timers. */
function harnessTimers() {
  const intervals: { ms: number; fn: () => void }[] = [];
  const ctx = {
    setInterval: (fn: () => void, ms: number) => {
      intervals.push({ ms, fn });
      return () => {};
    },
  } as unknown as VenueContext;
  return { ctx, intervals };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("PeriodicJobs", () => {
  it("runs the enabled jobs on a manual clock, only as the test advances it", () => {
    const clock = new ManualClock(0);
    const runs: string[] = [];
    const jobs = new PeriodicJobs(clock, () => [
      [100, () => runs.push("tick")],
      [0, () => runs.push("off")],
      [250, () => runs.push("stats")],
    ]);
    const { ctx, intervals } = harnessTimers();
    jobs.start(ctx);
    jobs.start(ctx);
    expect(intervals).toEqual([]);
    expect(clock.pendingTimers).toBe(2);
    clock.advance(250);
    expect(runs).toEqual(["tick", "tick", "stats"]);
  });

  it("keeps clock jobs over a restart and clears them on stop", () => {
    const clock = new ManualClock(0);
    let ticks = 0;
    const jobs = new PeriodicJobs(clock, () => [[10, () => ticks++]]);
    const { ctx, intervals } = harnessTimers();
    jobs.start(ctx);
    jobs.restart(ctx);
    expect(intervals).toEqual([]);
    expect(clock.pendingTimers).toBe(1);
    jobs.stop();
    expect(clock.pendingTimers).toBe(0);
    clock.advance(100);
    expect(ticks).toBe(0);
  });

  it("puts the enabled jobs on harness timers with the system clock, again after a restart", () => {
    vi.useFakeTimers();
    const runs: number[] = [];
    const jobs = new PeriodicJobs(new SystemClock(), () => [
      [100, () => runs.push(100)],
      [0, () => runs.push(0)],
    ]);
    const { ctx, intervals } = harnessTimers();
    jobs.start(ctx);
    expect(intervals.map((i) => i.ms)).toEqual([100]);
    jobs.restart(ctx);
    expect(intervals.map((i) => i.ms)).toEqual([100, 100]);
    expect(vi.getTimerCount()).toBe(0);
    intervals[0]?.fn();
    expect(runs).toEqual([100]);
  });
});
