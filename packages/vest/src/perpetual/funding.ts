import type { FundingRate } from "@perp/core";
import type { VestLatestTicker } from "../schemas/market.js";
import { VEST_FUNDING_INTERVAL_MS } from "../ws/market/payloads.js";

/**
 * A `GET /ticker/latest` row as core's FundingRate: `oneHrFundingRate` is the rate of one hourly
 * interval. The row has no time and no next-funding time, so `timestamp` is the local receive time
 * and `nextFundingTime` stays undefined rather than guessing the venue's schedule.
 */
export function fundingFromTicker(row: VestLatestTicker, receivedAt: number): FundingRate {
  return {
    symbol: row.symbol,
    rate: row.oneHrFundingRate,
    intervalMs: VEST_FUNDING_INTERVAL_MS,
    nextFundingTime: undefined,
    markPrice: row.markPrice,
    indexPrice: row.indexPrice,
    timestamp: receivedAt,
    info: row,
  };
}
