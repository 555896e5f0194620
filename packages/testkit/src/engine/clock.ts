import { ValidationError } from "@perp/core";

/**
 * Time for the engine. Everything time-dependent (GTT expiry, funding schedule, ticking) reads `now()`, and
 * periodic work is scheduled through `every()`, so tests drive time by hand and the CLI uses real timers.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `callback` every `intervalMs`; the returned function stops it. */
  every(intervalMs: number, callback: () => void): () => void;
}

/** Wall-clock time and real interval timers. */
export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }

  every(intervalMs: number, callback: () => void): () => void {
    assertInterval(intervalMs);
    const handle = setInterval(callback, intervalMs);
    return () => clearInterval(handle);
  }
}

interface ManualTimer {
  id: number;
  intervalMs: number;
  dueAt: number;
  callback: () => void;
}

/** Time that moves only when told to; `advance` fires due interval callbacks in time order. */
export class ManualClock implements Clock {
  #now: number;
  #timers = new Map<number, ManualTimer>();
  #nextTimerId = 0;

  constructor(startMs = 0) {
    if (!Number.isSafeInteger(startMs))
      throw new ValidationError(`startMs must be a safe integer, got ${startMs}`);
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  every(intervalMs: number, callback: () => void): () => void {
    assertInterval(intervalMs);
    const id = this.#nextTimerId++;
    this.#timers.set(id, { id, intervalMs, dueAt: this.#now + intervalMs, callback });
    return () => {
      this.#timers.delete(id);
    };
  }

  /** Moves time forward by `ms`, stopping at each timer's due time to run it. */
  advance(ms: number): void {
    if (!Number.isSafeInteger(ms) || ms < 0)
      throw new ValidationError(`advance needs a non-negative integer, got ${ms}`);
    const target = this.#now + ms;
    for (;;) {
      let next: ManualTimer | undefined;
      for (const timer of this.#timers.values()) {
        if (timer.dueAt <= target && (next === undefined || timer.dueAt < next.dueAt)) next = timer;
      }
      if (next === undefined) break;
      this.#now = next.dueAt;
      next.dueAt += next.intervalMs;
      next.callback();
    }
    this.#now = target;
  }

  /** Number of live timers, so tests can prove `stop()` cleared them. */
  get pendingTimers(): number {
    return this.#timers.size;
  }
}

function assertInterval(intervalMs: number): void {
  if (!Number.isSafeInteger(intervalMs) || intervalMs <= 0) {
    throw new ValidationError(`interval must be a positive integer of milliseconds, got ${intervalMs}`);
  }
}
