import { WebSocketError } from "../errors/index.js";

/**
 * The consumer of a stream fell behind: more messages arrived than its buffer holds. The stream
 * is ended rather than silently dropping messages, because a consumer that missed one (an order
 * book delta, an account update) holds wrong state; it must resubscribe and resync.
 */
export class StreamOverflowError extends WebSocketError {
  override name = "StreamOverflowError";
  readonly capacity: number;

  constructor(capacity: number, stream: string) {
    super(`Stream "${stream}" overflowed its buffer of ${capacity} messages; the consumer is too slow`, {
      details: { capacity, stream },
    });
    this.capacity = capacity;
  }
}

/**
 * Bounded push → pull queue behind the async-iterator form of a stream.
 * On overflow the buffered messages are discarded and the next `next()` rejects with
 * {@link StreamOverflowError}; after `end()` the buffer drains and then iteration completes.
 */
export class MessageQueue<T> implements AsyncIterableIterator<T> {
  readonly #capacity: number;
  readonly #name: string;
  readonly #onRelease: () => void;
  #buffer: T[] = [];
  #waiters: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  #error: unknown;
  #failed = false;
  #ended = false;
  #released = false;

  constructor(capacity: number, name: string, onRelease: () => void) {
    this.#capacity = capacity;
    this.#name = name;
    this.#onRelease = onRelease;
  }

  get size(): number {
    return this.#buffer.length;
  }

  push(value: T): void {
    if (this.#ended || this.#failed) return;
    const waiter = this.#waiters.shift();
    if (waiter) {
      waiter.resolve({ value, done: false });
      return;
    }
    if (this.#buffer.length >= this.#capacity) {
      this.fail(new StreamOverflowError(this.#capacity, this.#name));
      return;
    }
    this.#buffer.push(value);
  }

  /** Ends the stream with an error: pending and future `next()` calls reject with it. */
  fail(error: unknown): void {
    if (this.#ended || this.#failed) return;
    this.#failed = true;
    this.#error = error;
    this.#buffer = [];
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
    this.#release();
  }

  /** Ends the stream cleanly: buffered values are still delivered, then iteration completes. */
  end(): void {
    if (this.#ended || this.#failed) return;
    this.#ended = true;
    for (const waiter of this.#waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
    this.#release();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#failed) {
      const error = this.#error;
      // Raise once, then behave as a finished iterator.
      this.#error = undefined;
      if (error !== undefined) return Promise.reject(error);
      return Promise.resolve({ value: undefined, done: true });
    }
    if (this.#buffer.length > 0) return Promise.resolve({ value: this.#buffer.shift() as T, done: false });
    if (this.#ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.#buffer = [];
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  #release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#onRelease();
  }
}
