import { type Clock, SystemClock } from "../../engine/index.js";
import type { VenueContext } from "../../server/index.js";

/** An interval in ms (0 or less: the job is off) and what runs at it. */
export type PeriodicJob = readonly [intervalMs: number, run: () => void];

/**
 * A simulator's periodic work (engine ticks, periodic frames). With the system clock it runs on
 * harness timers (cleared by the harness on restart and shutdown); with any other clock (a
 * ManualClock in tests) on that clock, so nothing moves until the test advances it.
 */
export class PeriodicJobs {
  readonly #clock: Clock;
  readonly #jobs: () => readonly PeriodicJob[];
  readonly #realTime: boolean;
  #stopClockJobs: (() => void)[] = [];

  /** `jobs` is read on every start, so it may depend on options resolved after construction. */
  constructor(clock: Clock, jobs: () => readonly PeriodicJob[]) {
    this.#clock = clock;
    this.#jobs = jobs;
    this.#realTime = clock instanceof SystemClock;
  }

  start(ctx: VenueContext): void {
    if (this.#realTime) this.#startRealTimers(ctx);
    else this.#startClockJobs();
  }

  /** Clock jobs survive a harness restart; harness timers were cleared and come back. */
  restart(ctx: VenueContext): void {
    if (this.#realTime) this.#startRealTimers(ctx);
  }

  stop(): void {
    for (const stop of this.#stopClockJobs) stop();
    this.#stopClockJobs = [];
  }

  #startRealTimers(ctx: VenueContext): void {
    for (const [ms, job] of this.#jobs()) if (ms > 0) ctx.setInterval(job, ms);
  }

  #startClockJobs(): void {
    if (this.#stopClockJobs.length > 0) return;
    for (const [ms, job] of this.#jobs()) {
      if (ms > 0) this.#stopClockJobs.push(this.#clock.every(ms, job));
    }
  }
}
