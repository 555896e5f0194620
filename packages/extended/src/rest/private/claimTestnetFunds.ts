import { type ClaimResult, claimResult } from "../../schemas/trading.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type ClaimTestnetFundsReturnType = ClaimResult;

/** POST /user/claim (testnet only): claim test USDC; poll getAssetOperations({ id }) for completion. */
export async function claimTestnetFunds(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<ClaimTestnetFundsReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "claimTestnetFunds",
      method: "POST",
      path: "/user/claim",
      json: {},
      private: true,
      schema: claimResult,
    },
    options,
  );
  return data;
}
