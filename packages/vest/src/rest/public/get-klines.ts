import { klines, type VestKline } from "../../schemas/market.js";
import { historyParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestInterval } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetKlinesParameters {
  symbol: string;
  startTime?: number;
  endTime?: number;
  /** 1-1000. */
  limit?: number;
  /** Default "1m". */
  interval?: VestInterval;
}

export type GetKlinesReturnType = VestKline[];

/**
 * `GET /klines`, rows sorted by open time and deduplicated. Public. A 2026 observation says the
 * venue ignores startTime/endTime and returns only the latest 501 bars, so history paging may
 * yield nothing older.
 */
export async function getKlines(
  client: VestRestContext,
  params: GetKlinesParameters,
  options?: VestCallOptions,
): Promise<GetKlinesReturnType> {
  const p = parseParams(historyParams, params, "getKlines parameters");
  const rows = await vestRequest(
    client,
    {
      method: "GET",
      path: "klines",
      query: {
        symbol: p.symbol,
        startTime: p.startTime,
        endTime: p.endTime,
        limit: p.limit,
        interval: p.interval,
      },
      schema: klines,
    },
    options,
  );
  const byOpenTime = new Map<number, VestKline>();
  for (const row of rows) byOpenTime.set(row.openTime, row);
  return [...byOpenTime.values()].sort((a, b) => a.openTime - b.openTime);
}
