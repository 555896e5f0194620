/** Timeouts of one adapter session, all cleared by stop(). */
export class Timers {
  readonly #pending = new Set<ReturnType<typeof setTimeout>>();
  #closed = false;

  after(ms: number, run: () => void): void {
    if (this.#closed) return;
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      run();
    }, ms);
    this.#pending.add(timer);
  }

  get closed(): boolean {
    return this.#closed;
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }
}
