import { AbortedError } from "@perp/core";
import { DemoStepError } from "../steps/step-error.js";
import type { VenueName } from "../venues/names.js";

export interface UntilOptions {
  readonly step: string;
  readonly venue?: VenueName | undefined;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Conditions over state that changes by events: every `notify()` re-checks the pending ones, so
 * a wait resolves on the event that satisfies it, without polling.
 */
export class Conditions {
  readonly #checks = new Set<() => void>();

  notify(): void {
    for (const check of [...this.#checks]) check();
  }

  /** Resolves with the first defined value `check` returns; rejects after `timeoutMs` naming `what`. */
  until<T>(what: string, check: () => T | undefined, options: UntilOptions): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const { signal } = options;
      const finish = (): void => {
        this.#checks.delete(run);
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const run = (): void => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const onAbort = (): void => {
        finish();
        reject(
          signal?.reason instanceof Error
            ? signal.reason
            : new AbortedError(`stopped while waiting for ${what}`, { cause: signal?.reason }),
        );
      };
      const timer = setTimeout(() => {
        finish();
        reject(
          new DemoStepError(options.step, `timed out after ${options.timeoutMs} ms waiting for ${what}`, {
            venue: options.venue,
          }),
        );
      }, options.timeoutMs);
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#checks.add(run);
      run();
    });
  }
}
