type Listener<A extends unknown[]> = (...args: A) => void;

/**
 * Minimal typed event emitter that runs in browsers and Node alike. A throwing listener never
 * breaks delivery to the others: its exception goes to `onListenerError`.
 */
/** `E` maps each event name to its listener argument tuple. */
export class Emitter<E extends { [K in keyof E]: unknown[] }> {
  readonly #listeners = new Map<keyof E, Set<Listener<never>>>();
  readonly #onListenerError: (error: unknown, event: keyof E) => void;

  constructor(onListenerError: (error: unknown, event: keyof E) => void = () => {}) {
    this.#onListenerError = onListenerError;
  }

  /** Adds a listener; the returned function removes it. */
  on<K extends keyof E>(event: K, listener: Listener<E[K]>): () => void {
    let set = this.#listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  off<K extends keyof E>(event: K, listener: Listener<E[K]>): void {
    this.#listeners.get(event)?.delete(listener as Listener<never>);
  }

  listenerCount(event: keyof E): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  emit<K extends keyof E>(event: K, ...args: E[K]): void {
    const set = this.#listeners.get(event);
    if (set === undefined) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<E[K]>)(...args);
      } catch (error) {
        this.#onListenerError(error, event);
      }
    }
  }

  removeAll(): void {
    this.#listeners.clear();
  }
}
