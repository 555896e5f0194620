import * as z from "zod";
import { marketName, timeParam } from "../../schemas/params.js";
import { type OpenInterest, openInterest } from "../../schemas/public-data.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getOpenInterestsParams = z.object({
  market: marketName,
  /**
   * The docs say P1H / P1D, CCXT sends PT1H; which the server accepts is unverified, so any
   * ISO-8601 duration is passed through (P1H is the documented default to try first).
   */
  interval: z.string().regex(/^P(T?\d+[HMD])$/, "expected an ISO-8601 duration such as P1H"),
  startTime: timeParam.optional(),
  endTime: timeParam.optional(),
  limit: z.number().int().min(1).max(300).optional(),
});
export type GetOpenInterestsParameters = z.input<typeof getOpenInterestsParams>;
export type GetOpenInterestsReturnType = OpenInterest[];

/** GET /info/{market}/open-interests: open interest history, at most 300 rows. */
export async function getOpenInterests(
  client: ExtendedRestContext,
  params: GetOpenInterestsParameters,
  options?: RequestOptions,
): Promise<GetOpenInterestsReturnType> {
  const p = validateParams(getOpenInterestsParams, params, "getOpenInterests");
  const { data } = await callApi(
    client,
    {
      action: "getOpenInterests",
      method: "GET",
      path: `/info/${segment(p.market)}/open-interests`,
      query: { interval: p.interval, startTime: p.startTime, endTime: p.endTime, limit: p.limit },
      private: false,
      schema: z.array(openInterest),
    },
    options,
  );
  return data;
}
