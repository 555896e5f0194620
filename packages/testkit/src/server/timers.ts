import type { CancelTimer } from "./protocol.js";

/**
 * Timers owned by one scope (a venue, a connection, the admin server). Clearing the scope cancels
 * them all, which is what lets a restart or shutdown leave no handle behind and tests exit.
 */
export class TimerSet {
  readonly #timeouts = new Set<ReturnType<typeof setTimeout>>();
  readonly #intervals = new Set<ReturnType<typeof setInterval>>();

  setTimeout(fn: () => void, ms: number): CancelTimer {
    const handle = setTimeout(() => {
      this.#timeouts.delete(handle);
      fn();
    }, ms);
    this.#timeouts.add(handle);
    return () => {
      clearTimeout(handle);
      this.#timeouts.delete(handle);
    };
  }

  setInterval(fn: () => void, ms: number): CancelTimer {
    const handle = setInterval(fn, ms);
    this.#intervals.add(handle);
    return () => {
      clearInterval(handle);
      this.#intervals.delete(handle);
    };
  }

  /** Resolves after `ms`; never resolves if the set is cleared first (its caller is being torn down). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.setTimeout(resolve, ms);
    });
  }

  get size(): number {
    return this.#timeouts.size + this.#intervals.size;
  }

  clear(): void {
    for (const handle of this.#timeouts) clearTimeout(handle);
    for (const handle of this.#intervals) clearInterval(handle);
    this.#timeouts.clear();
    this.#intervals.clear();
  }
}
