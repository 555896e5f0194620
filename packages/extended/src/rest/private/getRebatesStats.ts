import { type RebatesStats, rebatesStats } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetRebatesStatsReturnType = RebatesStats;

/** GET /user/rebates/stats: maker rebate tier and payouts. */
export async function getRebatesStats(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetRebatesStatsReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getRebatesStats",
      method: "GET",
      path: "/user/rebates/stats",
      private: true,
      schema: rebatesStats,
    },
    options,
  );
  return data;
}
