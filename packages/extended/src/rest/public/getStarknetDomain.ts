import { starknetDomain } from "../../schemas/public-data.js";
import type { StarknetDomain } from "../../signing/index.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetStarknetDomainReturnType = StarknetDomain;

/**
 * GET /info/starknet: the SNIP-12 domain orders are signed under. Fetch it at start-up; the
 * environment's signingDomain is the fallback.
 */
export async function getStarknetDomain(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetStarknetDomainReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getStarknetDomain",
      method: "GET",
      path: "/info/starknet",
      private: false,
      schema: starknetDomain,
    },
    options,
  );
  return data;
}
