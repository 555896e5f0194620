import * as z from "zod";
import { type Market, market } from "../../schemas/market.js";
import { marketList } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getMarketsParams = z.object({ market: marketList.optional() }).optional();
export type GetMarketsParameters = z.input<typeof getMarketsParams>;
export type GetMarketsReturnType = Market[];

/** GET /info/markets: markets with trading rules, l2Config (signing ids) and stats; all when `market` is omitted. */
export async function getMarkets(
  client: ExtendedRestContext,
  params: GetMarketsParameters = {},
  options?: RequestOptions,
): Promise<GetMarketsReturnType> {
  const p = validateParams(getMarketsParams, params, "getMarkets") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getMarkets",
      method: "GET",
      path: "/info/markets",
      query: { market: p.market },
      private: false,
      schema: z.array(market),
    },
    options,
  );
  return data;
}
