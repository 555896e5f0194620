import { fundingHistory, type VestFundingRate } from "../../schemas/market.js";
import { historyParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestInterval } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetFundingHistoryParameters {
  symbol: string;
  startTime?: number;
  /** Default: now. Rows are counted back from here. */
  endTime?: number;
  /** 1-1000, default 1000. */
  limit?: number;
  /** Default "1m"; use "1h" for one row per funding hour. */
  interval?: VestInterval;
}

export type GetFundingHistoryReturnType = VestFundingRate[];

/** `GET /funding/history` (not `/fundingHistory`): hourly funding rates. Public. */
export async function getFundingHistory(
  client: VestRestContext,
  params: GetFundingHistoryParameters,
  options?: VestCallOptions,
): Promise<GetFundingHistoryReturnType> {
  const p = parseParams(historyParams, params, "getFundingHistory parameters");
  return vestRequest(
    client,
    {
      method: "GET",
      path: "funding/history",
      query: {
        symbol: p.symbol,
        startTime: p.startTime,
        endTime: p.endTime,
        limit: p.limit,
        interval: p.interval,
      },
      schema: fundingHistory,
    },
    options,
  );
}
