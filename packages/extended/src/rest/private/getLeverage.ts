import * as z from "zod";
import { type MarketLeverage, marketLeverage } from "../../schemas/account.js";
import { marketList } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getLeverageParams = z.object({ market: marketList.optional() }).optional();
export type GetLeverageParameters = z.input<typeof getLeverageParams>;
export type GetLeverageReturnType = MarketLeverage[];

/** GET /user/leverage: the account's leverage per market. */
export async function getLeverage(
  client: ExtendedRestContext,
  params: GetLeverageParameters = {},
  options?: RequestOptions,
): Promise<GetLeverageReturnType> {
  const p = validateParams(getLeverageParams, params, "getLeverage") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getLeverage",
      method: "GET",
      path: "/user/leverage",
      query: { market: p.market },
      private: true,
      schema: z.array(marketLeverage),
    },
    options,
  );
  return data;
}
