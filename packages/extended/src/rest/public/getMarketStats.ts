import * as z from "zod";
import { type MarketStats, marketStats } from "../../schemas/market.js";
import { marketName } from "../../schemas/params.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getMarketStatsParams = z.object({ market: marketName });
export type GetMarketStatsParameters = z.input<typeof getMarketStatsParams>;
export type GetMarketStatsReturnType = MarketStats;

/** GET /info/markets/{market}/stats. An unknown market raises NotFoundError. */
export async function getMarketStats(
  client: ExtendedRestContext,
  params: GetMarketStatsParameters,
  options?: RequestOptions,
): Promise<GetMarketStatsReturnType> {
  const p = validateParams(getMarketStatsParams, params, "getMarketStats");
  const { data } = await callApi(
    client,
    {
      action: "getMarketStats",
      method: "GET",
      path: `/info/markets/${segment(p.market)}/stats`,
      private: false,
      schema: marketStats,
    },
    options,
  );
  return data;
}
