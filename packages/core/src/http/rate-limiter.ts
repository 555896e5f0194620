import { AbortedError, ValidationError } from "../errors/index.js";

export interface RateLimiterOptions {
  /** Weight the venue allows per window (e.g. 1200 weight per minute). */
  budget: number;
  /** Length of the venue's window in milliseconds. */
  windowMs: number;
  /**
   * Largest burst granted at once; defaults to `budget`. The bucket refills continuously at
   * budget/windowMs, so any rolling window of `windowMs` sees at most `burst + budget` weight.
   * Venues that count a strict rolling window should lower `burst` to stay safely under it.
   */
  burst?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

interface Waiter {
  weight: number;
  resolve: () => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * Client-side weighted token bucket shared by HTTP requests and WebSocket sends.
 * Waiters are served strictly in arrival order, so a heavy request is never starved by a
 * stream of light ones.
 */
export class RateLimiter {
  readonly #burst: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  #tokens: number;
  #lastRefill: number;
  #pausedUntil = 0;
  #queue: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RateLimiterOptions) {
    const { budget, windowMs } = options;
    const burst = options.burst ?? budget;
    if (!(budget > 0) || !Number.isFinite(budget))
      throw new ValidationError("RateLimiter budget must be > 0");
    if (!(windowMs > 0) || !Number.isFinite(windowMs)) {
      throw new ValidationError("RateLimiter windowMs must be > 0");
    }
    if (!(burst > 0) || !Number.isFinite(burst)) throw new ValidationError("RateLimiter burst must be > 0");
    this.#burst = burst;
    this.#refillPerMs = budget / windowMs;
    this.#now = options.now ?? Date.now;
    this.#tokens = burst;
    this.#lastRefill = this.#now();
  }

  /** Tokens available right now (fractional while refilling). */
  get available(): number {
    this.#refill();
    return this.#tokens;
  }

  /** Number of callers waiting for capacity. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Takes `weight` tokens if they are available now and nobody is queued; never waits. */
  tryAcquire(weight = 1): boolean {
    this.#checkWeight(weight);
    this.#refill();
    if (this.#queue.length > 0 || this.#now() < this.#pausedUntil || this.#tokens < weight) return false;
    this.#tokens -= weight;
    return true;
  }

  /** Resolves once `weight` tokens were taken; rejects with AbortedError if `signal` aborts first. */
  acquire(weight = 1, signal?: AbortSignal): Promise<void> {
    this.#checkWeight(weight);
    if (signal?.aborted) return Promise.reject(abortedBy(signal));
    if (this.tryAcquire(weight)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { weight, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(abortedBy(signal));
          this.#drain();
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.#queue.push(waiter);
      this.#drain();
    });
  }

  /**
   * Grants nothing for `ms` and empties the bucket: used when the venue itself answered
   * "rate limited" (e.g. HTTP 429 with Retry-After), so every sharer of the budget backs off.
   */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#refill();
    this.#tokens = 0;
    this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + ms);
    this.#schedule();
  }

  #checkWeight(weight: number): void {
    if (!(weight > 0) || !Number.isFinite(weight)) {
      throw new ValidationError(`Rate limit weight must be a positive number, got ${weight}`);
    }
    if (weight > this.#burst) {
      throw new ValidationError(`Rate limit weight ${weight} exceeds the limiter burst ${this.#burst}`);
    }
  }

  #refill(): void {
    const now = this.#now();
    const from = Math.max(this.#lastRefill, this.#pausedUntil);
    if (now > from) this.#tokens = Math.min(this.#burst, this.#tokens + (now - from) * this.#refillPerMs);
    this.#lastRefill = Math.max(now, this.#lastRefill);
  }

  #drain(): void {
    this.#refill();
    const now = this.#now();
    while (now >= this.#pausedUntil) {
      const head = this.#queue[0];
      if (head === undefined || this.#tokens < head.weight) break;
      this.#queue.shift();
      this.#tokens -= head.weight;
      if (head.signal && head.onAbort) head.signal.removeEventListener("abort", head.onAbort);
      head.resolve();
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const head = this.#queue[0];
    if (head === undefined) return;
    const now = this.#now();
    const pauseLeft = Math.max(0, this.#pausedUntil - now);
    const deficit = Math.max(0, head.weight - this.#tokens);
    const wait = Math.max(pauseLeft, 0) + deficit / this.#refillPerMs;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#drain();
      },
      Math.max(1, Math.ceil(wait)),
    );
  }
}

function abortedBy(signal: AbortSignal): AbortedError {
  return new AbortedError("Aborted while waiting for rate-limit capacity", { cause: signal.reason });
}
