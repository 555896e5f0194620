export interface BackoffOptions {
  /** First step of the exponential ladder. */
  initialDelayMs: number;
  /** Ceiling of the ladder: no delay ever exceeds it. */
  maxDelayMs: number;
  /** Uniform [0, 1) source, injectable for tests. */
  random?: () => number;
}

/**
 * Exponential backoff with full jitter: a uniform draw in [0, min(max, initial · 2^(attempt-1))].
 * Full jitter spreads a fleet of clients that lost the same server instead of having them return
 * in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** exponent);
  return Math.floor((options.random ?? Math.random)() * ceiling);
}
