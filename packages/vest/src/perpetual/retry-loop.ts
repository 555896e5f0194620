import { backoffDelay } from "@perp/core";

export interface RetryLoopOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  /** Told about every failed attempt (readiness marks the component failed with it). */
  onFailure: (name: string, error: unknown, attempt: number) => void;
}

/**
 * Runs background loads (markets, snapshots, subscriptions) until each succeeds once, retrying
 * failures with backoff. `cancel()` clears every pending retry: nothing outlives `stop()`.
 */
export class RetryLoop {
  readonly #options: RetryLoopOptions;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #generation = 0;

  constructor(options: RetryLoopOptions) {
    this.#options = options;
  }

  /** Starts `load` now; resolves when it first succeeded, or never settles once cancelled. */
  run(name: string, load: () => Promise<void>): Promise<void> {
    const generation = this.#generation;
    return new Promise<void>((resolve) => {
      const attempt = (n: number): void => {
        if (generation !== this.#generation) return;
        load().then(
          () => {
            if (generation === this.#generation) resolve();
          },
          (error: unknown) => {
            if (generation !== this.#generation) return;
            this.#options.onFailure(name, error, n);
            const delay = backoffDelay(n, {
              initialDelayMs: this.#options.initialDelayMs,
              maxDelayMs: this.#options.maxDelayMs,
            });
            const timer = setTimeout(() => {
              this.#timers.delete(timer);
              attempt(n + 1);
            }, delay);
            this.#timers.add(timer);
          },
        );
      };
      attempt(1);
    });
  }

  /** Drops every pending retry; loads still running finish without retrying. */
  cancel(): void {
    this.#generation += 1;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
