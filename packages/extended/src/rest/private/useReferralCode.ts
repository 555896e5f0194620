import * as z from "zod";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const useReferralCodeParams = z.object({ code: z.string().min(1) });
export type UseReferralCodeParameters = z.input<typeof useReferralCodeParams>;

/** POST /user/referrals/use { code }: attach the account to a referral code (errors 1700-1704). */
export async function useReferralCode(
  client: ExtendedRestContext,
  params: UseReferralCodeParameters,
  options?: RequestOptions,
): Promise<void> {
  const p = validateParams(useReferralCodeParams, params, "useReferralCode");
  await callApi(
    client,
    {
      action: "useReferralCode",
      method: "POST",
      path: "/user/referrals/use",
      json: { code: p.code },
      private: true,
      schema: z.unknown(),
    },
    options,
  );
}
