import * as z from "zod";
import type { OnboardingPayload } from "../../onboarding.js";
import { type OnboardedAccount, onboardedAccount } from "../../schemas/onboarding.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

const payloadSchema = z.object({
  l1Signature: z.string().regex(/^(0x)?[0-9a-fA-F]+$/, "a REGISTER payload carries l1Signature"),
  l2Key: z.string(),
  l2Signature: z.object({ r: z.string(), s: z.string() }),
  accountCreation: z.object({ action: z.literal("REGISTER") }).loose(),
});

export interface OnboardParameters {
  /** From buildOnboardingPayload(wallet, { action: "REGISTER", ... }). */
  payload: OnboardingPayload;
  referralCode?: string;
  /**
   * Send l1Signature with its 0x prefix. The Python SDK strips it (default false); which forms the
   * server accepts is not documented.
   */
  l1SignatureWith0x?: boolean;
}
export type OnboardReturnType = OnboardedAccount;

/** POST {onboarding host}/auth/onboard: registers the wallet and its first (default) account. */
export async function onboard(
  client: ExtendedRestContext,
  params: OnboardParameters,
  options?: RequestOptions,
): Promise<OnboardReturnType> {
  const p = validateParams(payloadSchema, params.payload, "onboard");
  const l1Signature = params.l1SignatureWith0x === true ? p.l1Signature : p.l1Signature.replace(/^0x/, "");
  const { payload } = params;
  const { data } = await callApi(
    client,
    {
      action: "onboard",
      method: "POST",
      path: "/auth/onboard",
      json: {
        l1Signature,
        l2Key: payload.l2Key,
        l2Signature: payload.l2Signature,
        accountCreation: payload.accountCreation,
        referralCode: params.referralCode ?? null,
      },
      private: false,
      onboarding: true,
      schema: onboardedAccount,
    },
    options,
  );
  return data;
}
