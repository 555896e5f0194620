import { registerSecret } from "@perp/core";
import * as z from "zod";
import type { EthereumSigner } from "../../onboarding.js";
import { createdApiKey } from "../../schemas/onboarding.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { l1Headers } from "./l1-headers.js";

const PATH = "/api/v1/user/account/api-key";

const paramsSchema = z.object({
  accountId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform((v) => String(v)),
  description: z.string().min(1),
});

export interface CreateApiKeyParameters {
  wallet: EthereumSigner;
  accountId: string | number;
  description: string;
  time?: Date;
}
/** The new API key; registered as a secret, so it is masked in errors and logs. */
export type CreateApiKeyReturnType = string;

/**
 * POST {onboarding host}/api/v1/user/account/api-key with the L1 headers and
 * X-X10-ACTIVE-ACCOUNT: creates an API key for one sub-account.
 */
export async function createApiKey(
  client: ExtendedRestContext,
  params: CreateApiKeyParameters,
  options?: RequestOptions,
): Promise<CreateApiKeyReturnType> {
  const p = validateParams(paramsSchema, params, "createApiKey");
  const headers = await l1Headers(params.wallet, PATH, "createApiKey", params.time);
  const { data } = await callApi(
    client,
    {
      action: "createApiKey",
      method: "POST",
      path: PATH,
      headers: { ...headers, "X-X10-ACTIVE-ACCOUNT": p.accountId },
      json: { description: p.description },
      private: false,
      onboarding: true,
      schema: createdApiKey,
    },
    options,
  );
  registerSecret(data.key);
  return data.key;
}
