import * as z from "zod";
import { cursorParam, limitParam, marketList, positionSideParam, timeParam } from "../../schemas/params.js";
import { type FundingPayment, fundingPayment } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

export const getFundingPaymentsParams = z.object({
  market: marketList.optional(),
  side: positionSideParam.optional(),
  startTime: timeParam,
  cursor: cursorParam.optional(),
  limit: limitParam.optional(),
  /**
   * Name of the start-time query parameter: current docs say `startTime`, an older docs version
   * `fromTime`. Default "startTime".
   */
  startTimeParam: z.enum(["startTime", "fromTime"]).optional(),
});
export type GetFundingPaymentsParameters = z.input<typeof getFundingPaymentsParams>;
export type GetFundingPaymentsReturnType = Page<FundingPayment>;

/** GET /user/funding/history: funding paid and received, newest first, cursor-paginated. */
export async function getFundingPayments(
  client: ExtendedRestContext,
  params: GetFundingPaymentsParameters,
  options?: RequestOptions,
): Promise<GetFundingPaymentsReturnType> {
  const p = validateParams(getFundingPaymentsParams, params, "getFundingPayments");
  const { data, pagination } = await callApi(
    client,
    {
      action: "getFundingPayments",
      method: "GET",
      path: "/user/funding/history",
      query: {
        market: p.market,
        side: p.side,
        [p.startTimeParam ?? "startTime"]: p.startTime,
        cursor: p.cursor,
        limit: p.limit,
      },
      private: true,
      schema: z.array(fundingPayment),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
