import { type PerpError, SequenceGapError, ValidationError, WebSocketError } from "../errors/index.js";
import { Emitter } from "../ws/emitter.js";

/** Lifecycle of a sequenced stream. */
export type SequencedStatus = "idle" | "awaiting-snapshot" | "live" | "resyncing";

/** The venue's sequencing rule. */
export interface SequenceRule<M> {
  /** Sequence number of a message (exact: bigint). */
  sequence(message: M): bigint;
  /**
   * Sequence of the message this one follows, where the venue links messages (e.g. a
   * `begin_nonce` equal to the previous `nonce`). Without it updates must be contiguous (n, n+1, …).
   */
  previous?(message: M): bigint | undefined;
  /** True for a message that carries the whole state. */
  isSnapshot(message: M): boolean;
}

export interface SequencedStreamOptions<S, M> {
  /** Stream name, used in SequenceGapError. */
  name: string;
  rule: SequenceRule<M>;
  /** Builds the state from a snapshot. */
  fromSnapshot(snapshot: M): S;
  /** Applies one in-order update; may mutate and return the same state. */
  applyUpdate(state: S, update: M): S;
  /**
   * Called on a gap: make the venue deliver a fresh snapshot through `push()` (resubscribe,
   * reconnect, or fetch one). Messages are buffered meanwhile.
   */
  resync(): void | Promise<void>;
  /**
   * Out-of-order tolerance. With 0 (default) any skipped number is a gap. With N > 0, up to N
   * updates that arrive ahead of the expected one are held back, and applied in order once the
   * missing ones arrive; the gap is declared only when more than N are waiting.
   */
  reorderWindow?: number;
  /** Messages kept while awaiting a snapshot; the oldest are discarded beyond it. Default 10,000. */
  maxBuffer?: number;
}

export interface SequencedStreamEvents<S, M> {
  status: [status: SequencedStatus];
  snapshot: [state: S, message: M];
  update: [state: S, message: M];
  gap: [error: SequenceGapError];
  resynced: [state: S];
  error: [error: PerpError];
}

/**
 * Snapshot + ordered updates: buffers until the first snapshot, replays what followed it,
 * applies updates in order, drops duplicates and stale ones, and on a gap asks the venue to
 * resync while buffering. A snapshot is always authoritative: it replaces the state and the
 * sequence (so a venue whose numbering restarts per connection just sends its new snapshot).
 * Overlapping updates on linked streams (previous < last < sequence) count as gaps.
 */
export class SequencedStream<S, M> {
  readonly #options: SequencedStreamOptions<S, M>;
  readonly #events: Emitter<SequencedStreamEvents<S, M>>;
  #status: SequencedStatus = "idle";
  #state: S | undefined;
  #last: bigint | undefined;
  #buffer: M[] = [];
  /** Updates that arrived ahead of the expected one, keyed by the sequence they follow. */
  #ahead = new Map<bigint, M>();

  constructor(options: SequencedStreamOptions<S, M>) {
    const reorderWindow = options.reorderWindow ?? 0;
    if (!Number.isInteger(reorderWindow) || reorderWindow < 0) {
      throw new ValidationError(`reorderWindow must be a non-negative integer, got ${reorderWindow}`);
    }
    this.#options = options;
    this.#events = new Emitter<SequencedStreamEvents<S, M>>((cause, event) => {
      if (event !== "error") this.#fail(new WebSocketError(`A "${String(event)}" listener threw`, { cause }));
    });
  }

  get status(): SequencedStatus {
    return this.#status;
  }

  /** Current state; undefined before the first snapshot. Stale while `resyncing`. */
  get state(): S | undefined {
    return this.#state;
  }

  /** Sequence of the last applied message. */
  get lastSequence(): bigint | undefined {
    return this.#last;
  }

  on<K extends keyof SequencedStreamEvents<S, M>>(
    event: K,
    listener: (...args: SequencedStreamEvents<S, M>[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Starts waiting for a snapshot. Messages pushed while idle start the stream implicitly. */
  start(): void {
    if (this.#status === "idle") this.#setStatus("awaiting-snapshot");
  }

  /** Forgets state and sequence and waits for a new snapshot (e.g. after the socket reconnected). */
  reset(): void {
    this.#state = undefined;
    this.#last = undefined;
    this.#buffer = [];
    this.#ahead.clear();
    this.#setStatus("awaiting-snapshot");
  }

  push(message: M): void {
    if (this.#status === "idle") this.start();
    const rule = this.#options.rule;
    let snapshot: boolean;
    try {
      snapshot = rule.isSnapshot(message);
    } catch (cause) {
      this.#fail(
        new ValidationError(`Stream "${this.#options.name}": could not classify a message`, { cause }),
      );
      return;
    }
    if (snapshot) {
      this.#onSnapshot(message);
      return;
    }
    if (this.#status !== "live") {
      this.#bufferMessage(message);
      return;
    }
    this.#onUpdate(message);
  }

  #onSnapshot(message: M): void {
    const wasResyncing = this.#status === "resyncing";
    let state: S;
    let last: bigint;
    try {
      last = this.#options.rule.sequence(message);
      state = this.#options.fromSnapshot(message);
    } catch (cause) {
      this.#fail(new ValidationError(`Stream "${this.#options.name}": could not read a snapshot`, { cause }));
      return;
    }
    this.#state = state;
    this.#last = last;
    this.#ahead.clear();
    const buffered = this.#buffer;
    this.#buffer = [];
    this.#setStatus("live");
    this.#events.emit("snapshot", state, message);
    for (const update of this.#sortedAfter(buffered, last)) {
      if (this.#status !== "live") {
        // A gap in the replay: keep the rest for the next snapshot.
        this.#bufferMessage(update);
        continue;
      }
      this.#onUpdate(update);
    }
    if (wasResyncing && this.#status === "live" && this.#state !== undefined) {
      this.#events.emit("resynced", this.#state);
    }
  }

  #onUpdate(message: M): void {
    const rule = this.#options.rule;
    let sequence: bigint;
    let previous: bigint | undefined;
    try {
      sequence = rule.sequence(message);
      previous = rule.previous?.(message);
    } catch (cause) {
      this.#fail(new ValidationError(`Stream "${this.#options.name}": could not read a sequence`, { cause }));
      return;
    }
    const last = this.#last as bigint;
    if (sequence <= last) return; // duplicate or stale
    const follows = previous ?? sequence - 1n;
    if (follows === last) {
      if (!this.#apply(message)) return;
      this.#last = sequence;
      this.#drainAhead();
      return;
    }
    const reorderWindow = this.#options.reorderWindow ?? 0;
    let received = follows;
    if (follows > last && reorderWindow > 0) {
      this.#ahead.set(follows, message);
      if (this.#ahead.size <= reorderWindow) return;
      for (const held of this.#ahead.keys()) if (held < received) received = held;
    } else {
      // Kept for the replay after the next snapshot, which it may well follow.
      this.#buffer.push(message);
    }
    this.#gap(last, previous === undefined ? received + 1n : received, previous !== undefined);
  }

  #drainAhead(): void {
    for (;;) {
      const next = this.#ahead.get(this.#last as bigint);
      if (next === undefined) return;
      this.#ahead.delete(this.#last as bigint);
      if (!this.#apply(next)) return;
      this.#last = this.#options.rule.sequence(next);
    }
  }

  #apply(message: M): boolean {
    try {
      this.#state = this.#options.applyUpdate(this.#state as S, message);
    } catch (cause) {
      this.#fail(
        new ValidationError(`Stream "${this.#options.name}": an update could not be applied`, { cause }),
      );
      this.#beginResync();
      return false;
    }
    this.#events.emit("update", this.#state, message);
    return true;
  }

  #gap(last: bigint, received: bigint, linked: boolean): void {
    const expected = linked ? last : last + 1n;
    const what = linked ? "previous sequence" : "sequence";
    const error = new SequenceGapError(
      `Stream "${this.#options.name}" skipped: expected ${what} ${expected}, received ${received}`,
      { stream: this.#options.name, expected, received },
    );
    for (const held of this.#ahead.values()) this.#buffer.push(held);
    this.#ahead.clear();
    this.#events.emit("gap", error);
    this.#beginResync();
  }

  #beginResync(): void {
    if (this.#status === "resyncing") return;
    this.#setStatus("resyncing");
    let outcome: void | Promise<void>;
    try {
      outcome = this.#options.resync();
    } catch (cause) {
      this.#fail(new WebSocketError(`Stream "${this.#options.name}": resync failed`, { cause }));
      return;
    }
    if (outcome instanceof Promise) {
      outcome.catch((cause: unknown) => {
        this.#fail(new WebSocketError(`Stream "${this.#options.name}": resync failed`, { cause }));
      });
    }
  }

  #bufferMessage(message: M): void {
    this.#buffer.push(message);
    const max = this.#options.maxBuffer ?? 10_000;
    if (this.#buffer.length > max) this.#buffer.splice(0, this.#buffer.length - max);
  }

  /** Buffered updates newer than `after`, in sequence order (stable for equal numbers). */
  #sortedAfter(buffered: M[], after: bigint): M[] {
    const rule = this.#options.rule;
    const keyed: { seq: bigint; message: M }[] = [];
    for (const message of buffered) {
      try {
        const seq = rule.sequence(message);
        if (seq > after) keyed.push({ seq, message });
      } catch (cause) {
        this.#fail(
          new ValidationError(`Stream "${this.#options.name}": could not read a sequence`, { cause }),
        );
      }
    }
    keyed.sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0));
    return keyed.map((k) => k.message);
  }

  #setStatus(status: SequencedStatus): void {
    if (this.#status === status) return;
    this.#status = status;
    this.#events.emit("status", status);
  }

  #fail(error: PerpError): void {
    this.#events.emit("error", error);
  }
}
