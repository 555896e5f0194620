import * as z from "zod";
import { type SpotBalance, spotBalance } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetSpotBalancesReturnType = SpotBalance[];

/** GET /user/spot/balances: per-asset collateral balances (multi-asset collateral). */
export async function getSpotBalances(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetSpotBalancesReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getSpotBalances",
      method: "GET",
      path: "/user/spot/balances",
      private: true,
      schema: z.array(spotBalance),
    },
    options,
  );
  return data;
}
