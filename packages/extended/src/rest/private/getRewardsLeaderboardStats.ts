import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** GET /user/rewards/leaderboard/stats: leaderboard position; the reference documents no field set, so the data is returned as parsed JSON. */
export async function getRewardsLeaderboardStats(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<unknown> {
  const { data } = await callApi(
    client,
    {
      action: "getRewardsLeaderboardStats",
      method: "GET",
      path: "/user/rewards/leaderboard/stats",
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
