import type { Listener } from "./subscription.js";

interface Entry<T> {
  listener: Listener<T>;
  onError: (error: unknown) => void;
}

/**
 * Delivers values to every subscriber of one adapter stream; a throwing listener is reported to
 * its own onError only, so one bad consumer cannot starve the others.
 */
export class Fanout<T> {
  readonly #entries = new Set<Entry<T>>();

  get size(): number {
    return this.#entries.size;
  }

  /** Adds a subscriber; the returned function removes it. */
  add(listener: Listener<T>, onError: (error: unknown) => void): () => void {
    const entry = { listener, onError };
    this.#entries.add(entry);
    return () => {
      this.#entries.delete(entry);
    };
  }

  emit(value: T): void {
    for (const entry of [...this.#entries]) {
      try {
        entry.listener(value);
      } catch (error) {
        entry.onError(error);
      }
    }
  }

  /** Ends every subscription with `error` (the stream behind them is gone for good). */
  fail(error: unknown): void {
    const entries = [...this.#entries];
    this.#entries.clear();
    for (const entry of entries) entry.onError(error);
  }

  clear(): void {
    this.#entries.clear();
  }
}
