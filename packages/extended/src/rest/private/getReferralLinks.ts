import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** GET /user/referrals/links: the account's referral links; the reference documents no field set, so the data is returned as parsed JSON. */
export async function getReferralLinks(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<unknown> {
  const { data } = await callApi(
    client,
    {
      action: "getReferralLinks",
      method: "GET",
      path: "/user/referrals/links",
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
