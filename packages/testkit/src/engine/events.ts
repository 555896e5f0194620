import type { EngineEvent, EngineEventBody, EngineListener } from "./types.js";

/**
 * Sequenced event log. Events are numbered when emitted but delivered only when the engine operation
 * that produced them has finished, so listeners always see consistent state and may call back into
 * the engine.
 */
export class EventLog {
  #seq = 0;
  readonly #marketSeq = new Map<string, number>();
  readonly #pending: EngineEvent[] = [];
  #history: EngineEvent[] = [];
  readonly #listeners = new Set<EngineListener>();
  readonly #limit: number;
  readonly #now: () => number;
  #delivering = false;

  constructor(now: () => number, limit: number) {
    this.#now = now;
    this.#limit = limit;
  }

  emit(body: EngineEventBody): EngineEvent {
    const market = body.market;
    let marketSeq: number | undefined;
    if (market !== undefined) {
      marketSeq = (this.#marketSeq.get(market) ?? 0) + 1;
      this.#marketSeq.set(market, marketSeq);
    }
    this.#seq += 1;
    const event = { ...body, seq: this.#seq, marketSeq, time: this.#now() } as EngineEvent;
    this.#pending.push(event);
    this.#history.push(event);
    // Trim in batches so retention costs O(1) amortized per event instead of shifting the whole log.
    if (this.#history.length >= 2 * this.#limit) this.#history = this.#history.slice(-this.#limit);
    return event;
  }

  get seq(): number {
    return this.#seq;
  }

  marketSeq(market: string): number {
    return this.#marketSeq.get(market) ?? 0;
  }

  /** Delivers pending events in order. Re-entrant calls return at once; the outer loop delivers their events. */
  flush(): void {
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (let event = this.#pending.shift(); event !== undefined; event = this.#pending.shift()) {
        for (const listener of [...this.#listeners]) {
          try {
            listener(event);
          } catch (error) {
            // A faulty listener must not corrupt the engine or starve other listeners; surface it asynchronously.
            queueMicrotask(() => {
              throw error;
            });
          }
        }
      }
    } finally {
      this.#delivering = false;
    }
  }

  subscribe(listener: EngineListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Retained events with seq > afterSeq, oldest first. */
  since(afterSeq: number): EngineEvent[] {
    const first = this.#history[0];
    if (first === undefined) return [];
    const oldestKept = Math.max(0, this.#history.length - this.#limit);
    return this.#history.slice(Math.max(oldestKept, afterSeq - first.seq + 1));
  }
}
