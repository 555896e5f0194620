import { AbortedError, ValidationError } from "@perp/core";

/** Options every pagination iterator takes. */
export interface VestPageOptions {
  /** Stops the iteration; an aborted signal rejects the pending `next()` with AbortedError. */
  signal?: AbortSignal;
  /** Per-request timeout, as for single calls. */
  timeoutMs?: number;
  /** Stop after this many requests. Default: no cap. */
  maxPages?: number;
}

export interface BackwardPagerSpec<T> {
  /** One request: rows at or before `endTime` (undefined = now), at most `limit` of them. */
  fetchPage(endTime: number | undefined): Promise<T[]>;
  timeOf(row: T): number;
  keyOf(row: T): string;
  /** Rows per request, as sent in `limit`; a shorter page ends the iteration. */
  pageSize: number;
  startTime: number | undefined;
  endTime: number | undefined;
  /**
   * true: the next window ends at the oldest time seen and rows already yielded are dropped (for
   * streams where several rows share a millisecond: trades, orders). false: the next window ends
   * one millisecond before it (one row per time: funding, klines).
   */
  overlap: boolean;
  options: VestPageOptions;
}

/**
 * Walks a time-ordered endpoint backwards by moving `endTime`, the way Vest pages every history
 * (there are no cursors). Yields each page's new rows, newest first, and stops on a short page,
 * on a page with nothing new (an endpoint that ignores endTime, such as /klines), past
 * `startTime`, at `maxPages`, or when the signal aborts.
 */
export async function* paginateBackward<T>(spec: BackwardPagerSpec<T>): AsyncGenerator<T[], void, undefined> {
  const { maxPages, signal } = spec.options;
  if (maxPages !== undefined && (!Number.isSafeInteger(maxPages) || maxPages < 1)) {
    throw new ValidationError(`maxPages must be a positive integer, got ${String(maxPages)}`, {
      venue: "vest",
      issues: [{ path: ["maxPages"], message: "expected a positive integer" }],
    });
  }
  let endTime = spec.endTime;
  // Only rows at the window boundary can come back on the next page, so only they are remembered.
  let boundaryKeys = new Set<string>();
  for (let page = 0; maxPages === undefined || page < maxPages; page++) {
    if (signal?.aborted)
      throw new AbortedError("Vest pagination was aborted", { venue: "vest", cause: signal.reason });
    const rows = await spec.fetchPage(endTime);
    const windowEnd = endTime;
    // Rows past the window (an endpoint that ignores endTime) or already yielded are not new.
    const fresh = rows
      .filter((row) => windowEnd === undefined || spec.timeOf(row) <= windowEnd)
      .filter((row) => !boundaryKeys.has(spec.keyOf(row)))
      .filter((row) => spec.startTime === undefined || spec.timeOf(row) >= spec.startTime)
      .sort((a, b) => spec.timeOf(b) - spec.timeOf(a));
    if (fresh.length === 0) return;
    yield fresh;
    if (rows.length < spec.pageSize) return;
    let oldest = spec.timeOf(fresh[0] as T);
    for (const row of rows) oldest = Math.min(oldest, spec.timeOf(row));
    if (spec.startTime !== undefined && oldest <= spec.startTime) return;
    if (spec.overlap) {
      const atBoundary = rows.filter((row) => spec.timeOf(row) === oldest).map((row) => spec.keyOf(row));
      boundaryKeys = oldest === endTime ? new Set([...boundaryKeys, ...atBoundary]) : new Set(atBoundary);
      endTime = oldest;
    } else {
      boundaryKeys = new Set();
      endTime = oldest - 1;
    }
  }
}
