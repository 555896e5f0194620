import type { VestFundingRate, VestKline, VestTrade } from "../../schemas/market.js";
import type { VestLpOrder, VestOrder, VestTransfer } from "../../schemas/orders.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { type GetFundingHistoryParameters, getFundingHistory } from "../public/get-funding-history.js";
import { type GetKlinesParameters, getKlines } from "../public/get-klines.js";
import { type GetTradesParameters, getTrades } from "../public/get-trades.js";
import { type GetLpOrdersParameters, getLpOrders } from "../trading/get-lp-orders.js";
import { type GetOrdersParameters, getOrders } from "../trading/get-orders.js";
import { type GetTransfersParameters, getTransfers } from "../trading/get-transfers.js";
import { paginateBackward, type VestPageOptions } from "./backward-pager.js";

const MAX_PAGE = 1000;

function callOptions(options: VestPageOptions): VestCallOptions {
  return {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
}

/** Funding rates from `endTime` (default now) back to `startTime`, one page per request. */
export function paginateFundingHistory(
  client: VestRestContext,
  params: GetFundingHistoryParameters,
  options: VestPageOptions = {},
): AsyncGenerator<VestFundingRate[], void, undefined> {
  const pageSize = params.limit ?? MAX_PAGE;
  return paginateBackward({
    fetchPage: (endTime) =>
      getFundingHistory(
        client,
        { ...params, limit: pageSize, ...optionalEnd(endTime) },
        callOptions(options),
      ),
    timeOf: (row) => row.time,
    keyOf: (row) => String(row.time),
    pageSize,
    startTime: params.startTime,
    endTime: params.endTime,
    overlap: false,
    options,
  });
}

/**
 * Klines backwards by open time. The venue was seen ignoring startTime/endTime (latest 501 bars
 * only); the iterator then stops after the first page instead of repeating it.
 */
export function paginateKlines(
  client: VestRestContext,
  params: GetKlinesParameters,
  options: VestPageOptions = {},
): AsyncGenerator<VestKline[], void, undefined> {
  const pageSize = params.limit ?? MAX_PAGE;
  return paginateBackward({
    fetchPage: (endTime) =>
      getKlines(client, { ...params, limit: pageSize, ...optionalEnd(endTime) }, callOptions(options)),
    timeOf: (row) => row.openTime,
    keyOf: (row) => String(row.openTime),
    pageSize,
    startTime: params.startTime,
    endTime: params.endTime,
    overlap: false,
    options,
  });
}

/** Public trades backwards; several prints share a millisecond, so pages overlap and dedupe by id. */
export function paginateTrades(
  client: VestRestContext,
  params: GetTradesParameters,
  options: VestPageOptions = {},
): AsyncGenerator<VestTrade[], void, undefined> {
  const pageSize = params.limit ?? MAX_PAGE;
  return paginateBackward({
    fetchPage: (endTime) =>
      getTrades(client, { ...params, limit: pageSize, ...optionalEnd(endTime) }, callOptions(options)),
    timeOf: (row) => row.time,
    keyOf: (row) => row.id,
    pageSize,
    startTime: params.startTime,
    endTime: params.endTime,
    overlap: true,
    options,
  });
}

/** Order history backwards by `postTime` (assumed to be what startTime/endTime filter), deduped by id. */
export function paginateOrders(
  client: VestRestContext,
  params: GetOrdersParameters = {},
  options: VestPageOptions = {},
): AsyncGenerator<VestOrder[], void, undefined> {
  return paginateByPostTime(getOrders, client, params, options);
}

/** LP requests backwards by `postTime`, deduped by id. */
export function paginateLpOrders(
  client: VestRestContext,
  params: GetLpOrdersParameters = {},
  options: VestPageOptions = {},
): AsyncGenerator<VestLpOrder[], void, undefined> {
  return paginateByPostTime(getLpOrders, client, params, options);
}

/** Deposits and withdrawals backwards by `postTime`, deduped by id. */
export function paginateTransfers(
  client: VestRestContext,
  params: GetTransfersParameters = {},
  options: VestPageOptions = {},
): AsyncGenerator<VestTransfer[], void, undefined> {
  return paginateByPostTime(getTransfers, client, params, options);
}

/** The account histories page the same way: backwards by `postTime`, overlapping pages deduped by id. */
function paginateByPostTime<
  P extends { limit?: number; startTime?: number; endTime?: number },
  R extends { postTime: number; id: string },
>(
  fetch: (client: VestRestContext, params: P, options: VestCallOptions) => Promise<R[]>,
  client: VestRestContext,
  params: P,
  options: VestPageOptions,
): AsyncGenerator<R[], void, undefined> {
  const pageSize = params.limit ?? MAX_PAGE;
  return paginateBackward({
    fetchPage: (endTime) =>
      fetch(client, { ...params, limit: pageSize, ...optionalEnd(endTime) }, callOptions(options)),
    timeOf: (row) => row.postTime,
    keyOf: (row) => row.id,
    pageSize,
    startTime: params.startTime,
    endTime: params.endTime,
    overlap: true,
    options,
  });
}

function optionalEnd(endTime: number | undefined): { endTime?: number } {
  return endTime === undefined ? {} : { endTime };
}
