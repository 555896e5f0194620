import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** GET /user/referrals/status: referral programme status; the reference documents no field set, so the data is returned as parsed JSON. */
export async function getReferralStatus(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<unknown> {
  const { data } = await callApi(
    client,
    {
      action: "getReferralStatus",
      method: "GET",
      path: "/user/referrals/status",
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
