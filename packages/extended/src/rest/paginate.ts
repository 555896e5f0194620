import { AbortedError, ValidationError } from "@perp/core";
import type { ExtendedRestContext, Page, RequestOptions } from "./context.js";

export interface PaginateOptions extends RequestOptions {
  /** Stop after this many pages (default: until the venue sends no cursor). */
  maxPages?: number;
}

type Cursor = string | number | bigint;

/** A cursor-paginated action such as getOrdersHistory, getTrades or getFundingRates. */
export type PaginatedAction<P, T> = (
  client: ExtendedRestContext,
  params: P,
  options?: RequestOptions,
) => Promise<Page<T>>;

/**
 * Walks a cursor-paginated endpoint page by page (newest first), feeding each page's
 * `pagination.cursor` into the next request. Stops when the venue sends no cursor, a page is
 * empty, the cursor repeats (a guard against servers that echo the last cursor), `maxPages` is
 * reached, or the signal aborts (AbortedError).
 *
 * @example
 * for await (const page of paginate(getOrdersHistory, client, { market: "BTC-USD" }, { maxPages: 5 })) {
 *   for (const order of page.items) console.log(order.id);
 * }
 */
export async function* paginate<A extends PaginatedAction<never, unknown>>(
  action: A,
  client: ExtendedRestContext,
  params: Parameters<A>[1],
  options: PaginateOptions = {},
): AsyncGenerator<Awaited<ReturnType<A>>, void, undefined> {
  const { maxPages = Number.POSITIVE_INFINITY, signal, timeoutMs } = options;
  if (!(maxPages >= 1)) {
    throw new ValidationError("paginate: maxPages must be at least 1", {
      venue: "extended",
      issues: [{ path: ["maxPages"], message: "must be at least 1" }],
    });
  }
  const requestOptions: RequestOptions = {
    ...(signal !== undefined ? { signal } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
  const call = action as unknown as PaginatedAction<{ cursor?: Cursor }, unknown>;
  const base = (params ?? {}) as { cursor?: Cursor };
  let cursor: string | undefined = base.cursor === undefined ? undefined : String(base.cursor);
  for (let pages = 0; pages < maxPages; pages++) {
    if (signal?.aborted) {
      throw new AbortedError("Pagination was aborted", { venue: "extended", cause: signal.reason });
    }
    const page = await call(client, { ...base, ...(cursor !== undefined ? { cursor } : {}) }, requestOptions);
    yield page as Awaited<ReturnType<A>>;
    if (page.cursor === undefined || page.items.length === 0 || page.cursor === cursor) return;
    cursor = page.cursor;
  }
}

/** Every item of every page, in order (see {@link paginate} for when it stops). */
export async function collectPages<A extends PaginatedAction<never, unknown>>(
  action: A,
  client: ExtendedRestContext,
  params: Parameters<A>[1],
  options: PaginateOptions = {},
): Promise<Awaited<ReturnType<A>>["items"]> {
  const items: Awaited<ReturnType<A>>["items"] = [];
  for await (const page of paginate(action, client, params, options)) items.push(...page.items);
  return items;
}
