import { AbortedError, PerpError } from "../errors/index.js";

/** Callback form of a watch: resolves once the venue confirmed the subscription. */
export interface Subscription {
  /** Stops delivery; resolves when the venue side is unsubscribed too (when it has one). */
  unsubscribe(): Promise<void>;
}

export type Listener<T> = (value: T) => void;

export interface WatchOptions {
  signal?: AbortSignal;
  /**
   * Errors after the subscription started (the stream ended and could not be recovered). Without
   * it such an error is rethrown from a microtask (an uncaught exception), like an EventEmitter
   * "error" without listener: a dead stream must not pass silently.
   */
  onError?: (error: unknown) => void;
}

/**
 * What to do when the consumer of an iterator falls behind:
 * - `error`: end the iterator with a PerpError (for streams where every item matters: account events);
 * - `drop-oldest`: discard the oldest buffered item (for streams of full states: order books, funding).
 */
export type OverflowPolicy = "error" | "drop-oldest";

export interface IterateOptions {
  signal?: AbortSignal;
  /** Items buffered for a slow consumer. Default 1024. */
  bufferSize?: number;
  /** Default "error". */
  overflow?: OverflowPolicy;
  /** Names the stream in errors. */
  name?: string;
}

/** Async-iterator form of a watch; `break` (or `return()`) unsubscribes. */
export interface WatchStream<T> extends AsyncIterableIterator<T> {
  /** Settles when the subscription is confirmed, or rejects with the reason it was refused. */
  readonly ready: Promise<void>;
  unsubscribe(): Promise<void>;
}

/** A callback subscription: what adapters implement once, to get both watch forms. */
export type SubscribeFn<T> = (
  listener: Listener<T>,
  options: { onError: (error: unknown) => void; signal?: AbortSignal },
) => Promise<Subscription>;

const DEFAULT_BUFFER_SIZE = 1024;

/**
 * Turns a callback subscription into an async iterator. It subscribes at once; items are buffered
 * (bounded, see {@link OverflowPolicy}); a subscription error or abort is raised by the next
 * `next()` and then the iterator is done; `return()` unsubscribes.
 */
export function iterateSubscription<T>(
  subscribe: SubscribeFn<T>,
  options: IterateOptions = {},
): WatchStream<T> {
  const capacity = options.bufferSize ?? DEFAULT_BUFFER_SIZE;
  if (!Number.isSafeInteger(capacity) || capacity < 1) {
    throw new PerpError(`bufferSize must be a positive integer, got ${capacity}`);
  }
  const overflow = options.overflow ?? "error";
  const name = options.name ?? "subscription";
  const signal = options.signal;

  const buffer: T[] = [];
  const waiters: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }[] = [];
  let failure: { error: unknown } | undefined;
  let finished = false;
  let subscribed: Promise<Subscription | undefined> = Promise.resolve(undefined);
  let unsubscribing: Promise<void> | undefined;

  const release = (): Promise<void> => {
    signal?.removeEventListener("abort", onAbort);
    // Waits for a subscription still being set up, so it is dropped as soon as it exists.
    unsubscribing ??= subscribed
      .then((sub) => sub?.unsubscribe())
      .then(
        () => undefined,
        () => undefined,
      );
    return unsubscribing;
  };
  const fail = (error: unknown) => {
    if (finished) return;
    finished = true;
    buffer.length = 0;
    const waiter = waiters.shift();
    if (waiter === undefined) failure = { error };
    else waiter.reject(error);
    for (const rest of waiters.splice(0)) rest.resolve({ value: undefined, done: true });
    void release();
  };
  const end = () => {
    if (finished) return;
    finished = true;
    buffer.length = 0;
    for (const waiter of waiters.splice(0)) waiter.resolve({ value: undefined, done: true });
  };
  const push = (value: T) => {
    if (finished) return;
    const waiter = waiters.shift();
    if (waiter !== undefined) {
      waiter.resolve({ value, done: false });
      return;
    }
    if (buffer.length >= capacity) {
      if (overflow === "drop-oldest") buffer.shift();
      else {
        fail(
          new PerpError(
            `${name}: the consumer fell more than ${capacity} items behind; resubscribe to resync`,
          ),
        );
        return;
      }
    }
    buffer.push(value);
  };
  function onAbort() {
    fail(new AbortedError(`${name} was aborted`, { cause: signal?.reason }));
  }

  let ready: Promise<void>;
  if (signal?.aborted) {
    onAbort();
    ready = Promise.reject(failure?.error);
  } else {
    signal?.addEventListener("abort", onAbort, { once: true });
    const pending = startSubscription(subscribe, push, fail, signal);
    subscribed = pending.then(
      (sub) => sub,
      () => undefined,
    );
    ready = pending.then(
      () => undefined,
      (error: unknown) => {
        fail(error);
        throw error;
      },
    );
  }
  // The same error reaches the consumer through next(); an unobserved `ready` must not be reported.
  ready.catch(() => {});

  const stream: WatchStream<T> = {
    ready,
    next(): Promise<IteratorResult<T>> {
      if (buffer.length > 0) return Promise.resolve({ value: buffer.shift() as T, done: false });
      if (failure !== undefined) {
        const { error } = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async return(): Promise<IteratorResult<T>> {
      end();
      failure = undefined;
      await release();
      return { value: undefined, done: true };
    },
    async unsubscribe(): Promise<void> {
      await stream.return?.();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

function rethrowAsync(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

function startSubscription<T>(
  subscribe: SubscribeFn<T>,
  listener: Listener<T>,
  onError: (error: unknown) => void,
  signal: AbortSignal | undefined,
): Promise<Subscription> {
  try {
    return subscribe(listener, signal === undefined ? { onError } : { onError, signal });
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Implements both forms of a `watch*` method from one callback subscription: with a listener it
 * returns the confirmed Subscription, without one a WatchStream.
 */
export function watchBoth<T>(
  subscribe: SubscribeFn<T>,
  listenerOrOptions: Listener<T> | IterateOptions | undefined,
  watchOptions: WatchOptions | undefined,
  iterateDefaults: IterateOptions = {},
): Promise<Subscription> | WatchStream<T> {
  if (typeof listenerOrOptions === "function") {
    const { signal, onError } = watchOptions ?? {};
    if (signal?.aborted)
      return Promise.reject(new AbortedError("watch was aborted", { cause: signal.reason }));
    return startSubscription(subscribe, listenerOrOptions, onError ?? rethrowAsync, signal);
  }
  return iterateSubscription(subscribe, { ...iterateDefaults, ...listenerOrOptions });
}
