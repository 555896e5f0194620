import * as z from "zod";
import { untypedData } from "../../schemas/public-data.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getReferralDashboardParams = z.object({ period: z.string().min(1) });
export type GetReferralDashboardParameters = z.input<typeof getReferralDashboardParams>;

/** GET /user/referrals/dashboard?period=: referral statistics as parsed JSON (no documented field set). */
export async function getReferralDashboard(
  client: ExtendedRestContext,
  params: GetReferralDashboardParameters,
  options?: RequestOptions,
): Promise<unknown> {
  const p = validateParams(getReferralDashboardParams, params, "getReferralDashboard");
  const { data } = await callApi(
    client,
    {
      action: "getReferralDashboard",
      method: "GET",
      path: "/user/referrals/dashboard",
      query: { period: p.period },
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
