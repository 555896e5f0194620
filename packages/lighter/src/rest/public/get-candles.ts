import * as z from "zod/mini";
import { Candles } from "../../schemas/market.js";
import { CANDLE_RESOLUTIONS, countBackParam, marketIdParam, timestampMsParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetCandlesParameters = z
  .object({
    marketId: marketIdParam,
    resolution: z.enum(CANDLE_RESOLUTIONS),
    /** ms */
    startTimestamp: timestampMsParam,
    /** ms */
    endTimestamp: timestampMsParam,
    countBack: countBackParam,
    setTimestampToEnd: z.optional(z.boolean()),
  })
  .check(
    z.refine((p) => p.startTimestamp <= p.endTimestamp, {
      message: "startTimestamp must not be after endTimestamp",
      path: ["startTimestamp"],
    }),
  );
export type GetCandlesParameters = z.input<typeof GetCandlesParameters>;
export type GetCandlesReturnType = Candles;

/** `GET /api/v1/candles`: OHLCV candles of a market (short keys t/o/h/l/c/v/V/i). */
export async function getCandles(
  client: LighterRestContext,
  params: GetCandlesParameters,
  options?: LighterCallOptions,
): Promise<GetCandlesReturnType> {
  const p = parseParams(GetCandlesParameters, params, "getCandles");
  return call(
    client,
    {
      action: "getCandles",
      method: "GET",
      path: "/api/v1/candles",
      query: {
        market_id: p.marketId,
        resolution: p.resolution,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        count_back: p.countBack,
        set_timestamp_to_end: p.setTimestampToEnd,
      },
      schema: Candles,
    },
    options,
  );
}
