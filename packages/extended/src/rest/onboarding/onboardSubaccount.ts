import * as z from "zod";
import type { EthereumSigner, OnboardingPayload } from "../../onboarding.js";
import { type AccountInfo, accountInfo } from "../../schemas/account.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { l1Headers } from "./l1-headers.js";

const PATH = "/auth/onboard/subaccount";

const paramsSchema = z.object({
  payload: z
    .object({ accountCreation: z.object({ action: z.literal("CREATE_SUB_ACCOUNT") }).loose() })
    .loose(),
  description: z.string().min(1),
});

export interface OnboardSubaccountParameters {
  /** The wallet that onboarded the main account; signs the L1 request headers. */
  wallet: EthereumSigner;
  /** From buildOnboardingPayload(wallet, { action: "CREATE_SUB_ACCOUNT", accountIndex: n, ... }). */
  payload: OnboardingPayload;
  description: string;
  /** Signing time of the L1 headers; now by default. */
  time?: Date;
}
export type OnboardSubaccountReturnType = AccountInfo;

/** POST {onboarding host}/auth/onboard/subaccount (HTTP 409 if the index exists). */
export async function onboardSubaccount(
  client: ExtendedRestContext,
  params: OnboardSubaccountParameters,
  options?: RequestOptions,
): Promise<OnboardSubaccountReturnType> {
  validateParams(paramsSchema, params, "onboardSubaccount");
  const headers = await l1Headers(params.wallet, PATH, "onboardSubaccount", params.time);
  const { payload } = params;
  const { data } = await callApi(
    client,
    {
      action: "onboardSubaccount",
      method: "POST",
      path: PATH,
      headers,
      json: {
        l2Key: payload.l2Key,
        l2Signature: payload.l2Signature,
        accountCreation: payload.accountCreation,
        description: params.description,
      },
      private: false,
      onboarding: true,
      schema: accountInfo,
    },
    options,
  );
  return data;
}
