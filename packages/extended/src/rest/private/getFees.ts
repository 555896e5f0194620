import * as z from "zod";
import { type TradingFees, tradingFees } from "../../schemas/account.js";
import { marketList } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getFeesParams = z
  .object({ market: marketList.optional(), builderId: z.number().int().nonnegative().optional() })
  .optional();
export type GetFeesParameters = z.input<typeof getFeesParams>;
export type GetFeesReturnType = TradingFees[];

/** GET /user/fees: maker/taker rates per market (and the builder's max fee with builderId). */
export async function getFees(
  client: ExtendedRestContext,
  params: GetFeesParameters = {},
  options?: RequestOptions,
): Promise<GetFeesReturnType> {
  const p = validateParams(getFeesParams, params, "getFees") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getFees",
      method: "GET",
      path: "/user/fees",
      query: { market: p.market, builderId: p.builderId },
      private: true,
      schema: z.array(tradingFees),
    },
    options,
  );
  return data;
}
