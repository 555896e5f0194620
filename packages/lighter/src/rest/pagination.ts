/**
 * Async iterators over Lighter's paginated endpoints. Newer endpoints return `next_cursor` (sent
 * back as `cursor`), the deposit/withdraw/transfer histories return `cursor`; a missing or empty
 * value ends the walk. Older endpoints page by a start `index` and `limit`: the walk ends on a
 * short page. Every iterator honours an AbortSignal and a page cap.
 */
import { AbortedError, ValidationError } from "@perp/core";
import { type GetAccountParameters, getAccount } from "./account/get-account.js";
import {
  type GetAccountInactiveOrdersParameters,
  getAccountInactiveOrders,
} from "./account/get-account-inactive-orders.js";
import { type GetAccountMetadataParameters, getAccountMetadata } from "./account/get-account-metadata.js";
import { type GetAccountTxsParameters, getAccountTxs } from "./account/get-account-txs.js";
import {
  type GetAccountsByL1AddressParameters,
  getAccountsByL1Address,
} from "./account/get-accounts-by-l1-address.js";
import { type GetDepositHistoryParameters, getDepositHistory } from "./account/get-deposit-history.js";
import { type GetLiquidationsParameters, getLiquidations } from "./account/get-liquidations.js";
import { type GetPositionFundingParameters, getPositionFunding } from "./account/get-position-funding.js";
import {
  type GetPublicPoolsMetadataParameters,
  getPublicPoolsMetadata,
} from "./account/get-public-pools-metadata.js";
import { type GetTransferHistoryParameters, getTransferHistory } from "./account/get-transfer-history.js";
import { type GetWithdrawHistoryParameters, getWithdrawHistory } from "./account/get-withdraw-history.js";
import { type GetTradesParameters, getTrades } from "./public/get-trades.js";
import type { LighterCallOptions, LighterRestContext } from "./request.js";
import { type GetBlocksParameters, getBlocks } from "./transaction/get-blocks.js";
import { type GetTxsParameters, getTxs } from "./transaction/get-txs.js";

export interface PaginateOptions extends LighterCallOptions {
  /** Stop after this many pages (default: until the venue says there are no more). */
  maxPages?: number;
}

function checkMaxPages(maxPages: number | undefined): number {
  if (maxPages === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(maxPages) || maxPages < 1) {
    throw new ValidationError("maxPages must be a positive integer", { venue: "lighter" });
  }
  return maxPages;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new AbortedError("pagination was aborted", { venue: "lighter", cause: signal.reason });
}

/**
 * Walks a cursor-paginated endpoint: calls `fetch` with no cursor, then with each page's cursor,
 * yielding every page, until the cursor is absent or empty, repeats, or `maxPages` is reached.
 */
export async function* paginateByCursor<T>(
  fetch: (cursor: string | undefined) => Promise<T>,
  nextCursorOf: (page: T) => string | undefined,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = checkMaxPages(options.maxPages);
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    throwIfAborted(options.signal);
    const page = await fetch(cursor);
    yield page;
    const next = nextCursorOf(page);
    if (next === undefined || next === "" || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}

/**
 * Walks an index-paginated endpoint: `fetch(index)` returns the items from `index` on; the next
 * index is computed from the last item. A page shorter than `limit` ends the walk.
 */
export async function* paginateByIndex<T, I>(
  fetch: (index: bigint | undefined) => Promise<T>,
  itemsOf: (page: T) => readonly I[],
  nextIndexOf: (last: I) => bigint | undefined,
  limit: number,
  startIndex: bigint | undefined,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const maxPages = checkMaxPages(options.maxPages);
  let index = startIndex;
  for (let pages = 0; pages < maxPages; pages++) {
    throwIfAborted(options.signal);
    const page = await fetch(index);
    yield page;
    const items = itemsOf(page);
    const last = items[items.length - 1];
    if (items.length < limit || last === undefined) return;
    const next = nextIndexOf(last);
    if (next === undefined || next === index) return;
    index = next;
  }
}

function callOptions(options: PaginateOptions): LighterCallOptions {
  const { maxPages: _maxPages, ...rest } = options;
  return rest;
}

type WithoutCursor<P> = Omit<P, "cursor">;

/** Every page of `trades` (next_cursor). */
export function iterateTrades(
  client: LighterRestContext,
  params: WithoutCursor<GetTradesParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getTrades(client, { ...params, ...(cursor === undefined ? {} : { cursor }) }, callOptions(options)),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `accountInactiveOrders` (next_cursor). */
export function iterateAccountInactiveOrders(
  client: LighterRestContext,
  params: WithoutCursor<GetAccountInactiveOrdersParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getAccountInactiveOrders(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `positionFunding` (next_cursor). */
export function iteratePositionFunding(
  client: LighterRestContext,
  params: WithoutCursor<GetPositionFundingParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getPositionFunding(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `liquidations` (next_cursor). */
export function iterateLiquidations(
  client: LighterRestContext,
  params: WithoutCursor<GetLiquidationsParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getLiquidations(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `account` (next_cursor). */
export function iterateAccounts(
  client: LighterRestContext,
  params: WithoutCursor<GetAccountParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getAccount(client, { ...params, ...(cursor === undefined ? {} : { cursor }) }, callOptions(options)),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `accountsByL1Address` (next_cursor). */
export function iterateAccountsByL1Address(
  client: LighterRestContext,
  params: WithoutCursor<GetAccountsByL1AddressParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getAccountsByL1Address(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `accountMetadata` (next_cursor). */
export function iterateAccountMetadata(
  client: LighterRestContext,
  params: WithoutCursor<GetAccountMetadataParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getAccountMetadata(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.next_cursor,
    options,
  );
}

/** Every page of `deposit/history` (legacy `cursor` key). */
export function iterateDepositHistory(
  client: LighterRestContext,
  params: WithoutCursor<GetDepositHistoryParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getDepositHistory(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.cursor,
    options,
  );
}

/** Every page of `withdraw/history` (legacy `cursor` key). */
export function iterateWithdrawHistory(
  client: LighterRestContext,
  params: WithoutCursor<GetWithdrawHistoryParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getWithdrawHistory(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.cursor,
    options,
  );
}

/** Every page of `transfer/history` (legacy `cursor` key). */
export function iterateTransferHistory(
  client: LighterRestContext,
  params: WithoutCursor<GetTransferHistoryParameters>,
  options: PaginateOptions = {},
) {
  return paginateByCursor(
    (cursor) =>
      getTransferHistory(
        client,
        { ...params, ...(cursor === undefined ? {} : { cursor }) },
        callOptions(options),
      ),
    (page) => page.cursor,
    options,
  );
}

function limitOf(limit: number | bigint | string): number {
  return Number(limit);
}

function startOf(index: number | bigint | string | undefined): bigint | undefined {
  // An invalid start is left to the action's own parameter validation (ValidationError).
  if (typeof index === "bigint") return index;
  if (typeof index === "number" && Number.isSafeInteger(index)) return BigInt(index);
  return typeof index === "string" && /^\d+$/.test(index) ? BigInt(index) : undefined;
}

/** Every page of `txs`, ascending by sequence index (next index = last sequence_index + 1). */
export function iterateTxs(
  client: LighterRestContext,
  params: GetTxsParameters,
  options: PaginateOptions = {},
) {
  return paginateByIndex(
    (index) => getTxs(client, { ...params, ...(index === undefined ? {} : { index }) }, callOptions(options)),
    (page) => page.txs,
    (last) => (last.sequence_index === undefined ? undefined : BigInt(last.sequence_index) + 1n),
    limitOf(params.limit),
    startOf(params.index),
    options,
  );
}

/**
 * Every page of `accountTxs`. The reference does not say which way `index` walks; by default the
 * next page starts below the last item's sequence index (newest first), and `direction: "asc"`
 * walks upwards instead.
 */
export function iterateAccountTxs(
  client: LighterRestContext,
  params: GetAccountTxsParameters,
  options: PaginateOptions & { direction?: "asc" | "desc" } = {},
) {
  const { direction = "desc", ...rest } = options;
  return paginateByIndex(
    (index) =>
      getAccountTxs(client, { ...params, ...(index === undefined ? {} : { index }) }, callOptions(rest)),
    (page) => page.txs,
    (last) => {
      if (last.sequence_index === undefined) return undefined;
      const seq = BigInt(last.sequence_index);
      return direction === "asc" ? seq + 1n : seq > 0n ? seq - 1n : undefined;
    },
    limitOf(params.limit),
    startOf(params.index),
    rest,
  );
}

/** Every page of `blocks`, following `sort` (asc: height + 1, desc: height - 1). */
export function iterateBlocks(
  client: LighterRestContext,
  params: GetBlocksParameters,
  options: PaginateOptions = {},
) {
  const descending = params.sort === "desc";
  return paginateByIndex(
    (index) =>
      getBlocks(client, { ...params, ...(index === undefined ? {} : { index }) }, callOptions(options)),
    (page) => page.blocks,
    (last) =>
      descending ? (last.height > 0 ? BigInt(last.height - 1) : undefined) : BigInt(last.height + 1),
    limitOf(params.limit),
    startOf(params.index),
    options,
  );
}

/** Every page of `publicPoolsMetadata` (next index = last account_index + 1). */
export function iteratePublicPoolsMetadata(
  client: LighterRestContext,
  params: GetPublicPoolsMetadataParameters,
  options: PaginateOptions = {},
) {
  return paginateByIndex(
    (index) =>
      getPublicPoolsMetadata(
        client,
        { ...params, ...(index === undefined ? {} : { index }) },
        callOptions(options),
      ),
    (page) => page.public_pools,
    (last) => BigInt(last.account_index) + 1n,
    limitOf(params.limit),
    startOf(params.index),
    options,
  );
}
