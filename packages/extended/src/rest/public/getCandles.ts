import * as z from "zod";
import { limitParam, marketName, timeParam } from "../../schemas/params.js";
import { type Candle, candle } from "../../schemas/public-data.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const CANDLE_TYPES = ["trades", "mark-prices", "index-prices"] as const;
/** Documented intervals (an older SDK also knew P1D). */
export const CANDLE_INTERVALS = [
  "PT1M",
  "PT5M",
  "PT15M",
  "PT30M",
  "PT1H",
  "PT2H",
  "PT4H",
  "PT8H",
  "PT12H",
  "PT24H",
  "P1D",
  "P7D",
  "P30D",
] as const;

export const getCandlesParams = z.object({
  market: marketName,
  candleType: z.enum(CANDLE_TYPES),
  interval: z.enum(CANDLE_INTERVALS),
  limit: limitParam,
  endTime: timeParam.optional(),
});
export type GetCandlesParameters = z.input<typeof getCandlesParams>;
export type GetCandlesReturnType = Candle[];

/** GET /info/candles/{market}/{candleType}: newest first; `volume` only for trade candles. */
export async function getCandles(
  client: ExtendedRestContext,
  params: GetCandlesParameters,
  options?: RequestOptions,
): Promise<GetCandlesReturnType> {
  const p = validateParams(getCandlesParams, params, "getCandles");
  const { data } = await callApi(
    client,
    {
      action: "getCandles",
      method: "GET",
      path: `/info/candles/${segment(p.market)}/${p.candleType}`,
      query: { interval: p.interval, limit: p.limit, endTime: p.endTime },
      private: false,
      schema: z.array(candle),
    },
    options,
  );
  return data;
}
