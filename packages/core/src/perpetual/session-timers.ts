const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The timeouts of one adapter session (between start() and stop()): close() clears every pending
 * one, and after it nothing new is scheduled, so no callback outlives the session.
 */
export class SessionTimers {
  readonly #pending = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** Runs `run` after `ms`, unless the session closes first. */
  after(ms: number, run: () => void): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      run();
    }, ms);
    this.#pending.add(timer);
  }

  /**
   * Runs `task` until it succeeds or the session closes, waiting `firstDelayMs` after the first
   * failure and twice as long after each next one (at most 30 s). Each failure goes to `onFailure`.
   */
  retry(task: () => Promise<unknown>, firstDelayMs: number, onFailure: (error: unknown) => void): void {
    const attempt = (delay: number): void => {
      if (this.#closed) return;
      task().catch((error: unknown) => {
        if (this.#closed) return;
        onFailure(error);
        this.after(delay, () => attempt(Math.min(Math.max(delay, 1) * 2, MAX_RETRY_DELAY_MS)));
      });
    };
    attempt(firstDelayMs);
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }
}
