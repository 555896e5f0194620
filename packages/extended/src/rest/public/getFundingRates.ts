import * as z from "zod";
import { cursorParam, limitParam, marketName, timeParam } from "../../schemas/params.js";
import { type FundingRate, fundingRate } from "../../schemas/public-data.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

export const getFundingRatesParams = z.object({
  market: marketName,
  startTime: timeParam,
  endTime: timeParam,
  cursor: cursorParam.optional(),
  limit: limitParam.optional(),
});
export type GetFundingRatesParameters = z.input<typeof getFundingRatesParams>;
export type GetFundingRatesReturnType = Page<FundingRate>;

/** GET /info/{market}/funding: applied hourly funding rates, newest first, cursor-paginated. */
export async function getFundingRates(
  client: ExtendedRestContext,
  params: GetFundingRatesParameters,
  options?: RequestOptions,
): Promise<GetFundingRatesReturnType> {
  const p = validateParams(getFundingRatesParams, params, "getFundingRates");
  const { data, pagination } = await callApi(
    client,
    {
      action: "getFundingRates",
      method: "GET",
      path: `/info/${segment(p.market)}/funding`,
      query: { startTime: p.startTime, endTime: p.endTime, cursor: p.cursor, limit: p.limit },
      private: false,
      schema: z.array(fundingRate),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
