import * as z from "zod";
import { type MarketLeverage, marketLeverage } from "../../schemas/account.js";
import { marketName, positiveDecimalParam } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const updateLeverageParams = z.object({ market: marketName, leverage: positiveDecimalParam });
export type UpdateLeverageParameters = z.input<typeof updateLeverageParams>;
export type UpdateLeverageReturnType = MarketLeverage;

/**
 * PATCH /user/leverage. The venue may answer with an empty body; the requested leverage is then
 * what was set. Fails with 10501 (position+orders exceed the tier) or 1052 (InsufficientMarginError).
 */
export async function updateLeverage(
  client: ExtendedRestContext,
  params: UpdateLeverageParameters,
  options?: RequestOptions,
): Promise<UpdateLeverageReturnType> {
  const p = validateParams(updateLeverageParams, params, "updateLeverage");
  const { data } = await callApi(
    client,
    {
      action: "updateLeverage",
      method: "PATCH",
      path: "/user/leverage",
      json: { market: p.market, leverage: p.leverage },
      private: true,
      schema: marketLeverage.optional(),
    },
    options,
  );
  return data ?? { market: p.market, leverage: p.leverage };
}
