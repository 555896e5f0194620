/**
 * LighterNonceManager: the nonce sequence of one (account index, API key index). The first
 * allocation fetches the venue's next nonce, later ones count up locally. Allocations are
 * serialised, so concurrent callers get distinct consecutive nonces in call order. A nonce
 * rejection or a failure of unknown outcome marks the sequence stale and the next allocation
 * resyncs from the venue; a nonce is handed back for reuse only when the venue refused its
 * transaction outright (which does not consume it, reference §4.13) and nothing was allocated after it.
 */
import { AbortedError, ValidationError } from "@perp/core";
import { classifyTxFailure, type TxFailureCodes, type TxFailureKind } from "./failure.js";

/** The venue's next nonce for the key, e.g. from `LighterRestClient#getNextNonce` (see restNonceFetcher). */
export type NonceFetcher = (signal?: AbortSignal) => Promise<bigint | number | string>;

export interface LighterNonceManagerOptions extends TxFailureCodes {
  accountIndex: bigint | number | string;
  /** 0..254. */
  apiKeyIndex: number;
  fetchNextNonce: NonceFetcher;
}

export interface NonceAllocationOptions {
  signal?: AbortSignal;
}

const MAX_NONCE = (1n << 63n) - 1n;

function abortError(signal: AbortSignal): AbortedError {
  return new AbortedError("Nonce allocation aborted", { venue: "lighter", cause: signal.reason });
}

/** Settles with `promise`, or rejects with AbortedError as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function toNonce(value: unknown): bigint {
  let nonce: bigint | undefined;
  if (typeof value === "bigint") nonce = value;
  else if (typeof value === "number" && Number.isSafeInteger(value)) nonce = BigInt(value);
  else if (typeof value === "string" && /^\d{1,19}$/.test(value)) nonce = BigInt(value);
  if (nonce === undefined || nonce < 0n || nonce > MAX_NONCE) {
    throw new ValidationError(
      `fetchNextNonce must return a non-negative 63-bit integer, got ${typeof value === "string" ? JSON.stringify(value.slice(0, 32)) : String(value)}`,
      { venue: "lighter" },
    );
  }
  return nonce;
}

export class LighterNonceManager {
  readonly accountIndex: bigint;
  readonly apiKeyIndex: number;
  readonly #fetch: NonceFetcher;
  readonly #codes: TxFailureCodes;
  /** Next nonce to hand out; undefined when the sequence must be (re)fetched from the venue. */
  #next: bigint | undefined;
  /** First nonce of the current sequence: rejections below it belong to an older one. */
  #floor = 0n;
  #tail: Promise<void> = Promise.resolve();

  constructor(options: LighterNonceManagerOptions) {
    const account = typeof options.accountIndex === "bigint" ? options.accountIndex : undefined;
    const accountIndex =
      account ??
      (typeof options.accountIndex === "number" && Number.isSafeInteger(options.accountIndex)
        ? BigInt(options.accountIndex)
        : typeof options.accountIndex === "string" && /^\d{1,15}$/.test(options.accountIndex)
          ? BigInt(options.accountIndex)
          : -1n);
    if (accountIndex < 0n || accountIndex > 281474976710654n) {
      throw new ValidationError("accountIndex must be an integer from 0 to 2^48 - 2", { venue: "lighter" });
    }
    if (!Number.isInteger(options.apiKeyIndex) || options.apiKeyIndex < 0 || options.apiKeyIndex > 254) {
      throw new ValidationError("apiKeyIndex must be an integer from 0 to 254", { venue: "lighter" });
    }
    if (typeof options.fetchNextNonce !== "function") {
      throw new ValidationError("fetchNextNonce must be a function", { venue: "lighter" });
    }
    this.accountIndex = accountIndex;
    this.apiKeyIndex = options.apiKeyIndex;
    this.#fetch = options.fetchNextNonce;
    this.#codes = {
      ...(options.nonceErrorCodes === undefined ? {} : { nonceErrorCodes: options.nonceErrorCodes }),
      ...(options.unknownOutcomeCodes === undefined
        ? {}
        : { unknownOutcomeCodes: options.unknownOutcomeCodes }),
    };
  }

  /** The nonce the next allocation hands out, or undefined when it will fetch from the venue first. */
  peek(): bigint | undefined {
    return this.#next;
  }

  /** Hands out the next nonce (fetching the sequence from the venue first when it is stale). */
  next(options: NonceAllocationOptions = {}): Promise<bigint> {
    return this.allocate(1, (nonce) => nonce, options);
  }

  /** `count` consecutive nonces, e.g. for a batch (which needs increasing nonces, 21105). */
  nextBatch(count: number, options: NonceAllocationOptions = {}): Promise<bigint[]> {
    return this.allocate(
      count,
      (first) => Array.from({ length: count }, (_, i) => first + BigInt(i)),
      options,
    );
  }

  /**
   * Allocates `count` consecutive nonces and runs `use(first)` synchronously while still holding
   * the allocation lock, so whatever `use` starts (sign + dispatch) leaves in nonce order. If
   * `use` throws, the nonces are handed back when nothing was allocated after them.
   */
  async allocate<T>(
    count: number,
    use: (first: bigint) => T,
    options: NonceAllocationOptions = {},
  ): Promise<Awaited<T>> {
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new ValidationError("nonce count must be a positive integer", { venue: "lighter" });
    }
    // Boxed so a promise returned by `use` does not hold the lock until it settles.
    const box = await this.#exclusive(options.signal, async () => {
      const first = this.#next ?? (await this.#install(options.signal));
      const next = first + BigInt(count);
      this.#next = next;
      try {
        return { value: use(first) };
      } catch (error) {
        if (this.#next === next) this.#next = first;
        throw error;
      }
    });
    return await box.value;
  }

  /** Fetches the venue's next nonce now and continues the sequence from it. */
  resync(options: NonceAllocationOptions = {}): Promise<bigint> {
    return this.#exclusive(options.signal, () => this.#install(options.signal));
  }

  /** Marks the sequence stale: the next allocation fetches from the venue. */
  invalidate(): void {
    this.#next = undefined;
  }

  /**
   * Reports that the transaction(s) signed with `nonce` (and the `count - 1` after it, for a batch)
   * failed with `error`, and returns what that means for the nonce. A nonce error or an unknown
   * outcome (timeout, dropped connection) marks the sequence stale; an outright refusal hands the
   * nonces back when they were the last allocated, and otherwise marks it stale too (the later
   * nonces in flight will not match the venue's counter). Reports about nonces of an older
   * sequence change nothing.
   */
  onRejected(nonce: bigint, error: unknown, count = 1): TxFailureKind {
    const kind = classifyTxFailure(error, this.#codes);
    const next = this.#next;
    if (next === undefined || nonce < this.#floor || nonce >= next) return kind;
    if (kind === "rejected" && nonce + BigInt(count) === next) this.#next = nonce;
    else this.#next = undefined;
    return kind;
  }

  toJSON(): Record<string, unknown> {
    return {
      accountIndex: this.accountIndex.toString(),
      apiKeyIndex: this.apiKeyIndex,
      next: this.#next?.toString(),
    };
  }

  async #install(signal: AbortSignal | undefined): Promise<bigint> {
    const fetched = toNonce(await untilAborted(this.#fetch(signal), signal));
    this.#next = fetched;
    this.#floor = fetched;
    return fetched;
  }

  /** Runs `task` after every earlier one; a caller that aborts while queued leaves the order intact. */
  async #exclusive<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    if (signal?.aborted) throw abortError(signal);
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await untilAborted(previous, signal);
      return await task();
    } finally {
      void previous.then(release);
    }
  }
}
