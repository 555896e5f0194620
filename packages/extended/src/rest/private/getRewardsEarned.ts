import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** GET /user/rewards/earned: points / rewards earned; the reference documents no field set, so the data is returned as parsed JSON. */
export async function getRewardsEarned(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<unknown> {
  const { data } = await callApi(
    client,
    {
      action: "getRewardsEarned",
      method: "GET",
      path: "/user/rewards/earned",
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
