/** Most time a single clean-up may take before the demo gives up on it (and reports it). */
const CLEANUP_TIMEOUT_MS = 5_000;

/** Clean-ups registered as things are opened, run in reverse order when the demo ends. */
export class CleanupStack {
  readonly #tasks: (() => Promise<void> | void)[] = [];

  defer(task: () => Promise<void> | void): void {
    this.#tasks.push(task);
  }

  /** Runs every task (newest first) even when some fail; returns the failures. */
  async run(): Promise<unknown[]> {
    const failures: unknown[] = [];
    for (const task of this.#tasks.splice(0).reverse()) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          Promise.resolve().then(task),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`a clean-up took over ${CLEANUP_TIMEOUT_MS} ms`)),
              CLEANUP_TIMEOUT_MS,
            );
          }),
        ]);
      } catch (error) {
        failures.push(error);
      } finally {
        clearTimeout(timer);
      }
    }
    return failures;
  }
}
