import * as z from "zod/mini";
import { MarkPriceCandles } from "../../schemas/market.js";
import { CANDLE_RESOLUTIONS, countBackParam, marketIdParam, timestampMsParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetMarkPriceCandlesParameters = z.object({
  marketId: marketIdParam,
  resolution: z.enum(CANDLE_RESOLUTIONS),
  /** ms */
  startTimestamp: timestampMsParam,
  /** ms */
  endTimestamp: timestampMsParam,
  countBack: countBackParam,
});
export type GetMarkPriceCandlesParameters = z.input<typeof GetMarkPriceCandlesParameters>;
export type GetMarkPriceCandlesReturnType = MarkPriceCandles;

/** `GET /api/v1/markPriceCandles`: mark-price candles (t, o/h/l/c, sample count). */
export async function getMarkPriceCandles(
  client: LighterRestContext,
  params: GetMarkPriceCandlesParameters,
  options?: LighterCallOptions,
): Promise<GetMarkPriceCandlesReturnType> {
  const p = parseParams(GetMarkPriceCandlesParameters, params, "getMarkPriceCandles");
  return call(
    client,
    {
      action: "getMarkPriceCandles",
      method: "GET",
      path: "/api/v1/markPriceCandles",
      query: {
        market_id: p.marketId,
        resolution: p.resolution,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        count_back: p.countBack,
      },
      schema: MarkPriceCandles,
    },
    options,
  );
}
