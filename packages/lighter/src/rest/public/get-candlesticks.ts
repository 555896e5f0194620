import * as z from "zod/mini";
import { Candlesticks } from "../../schemas/market.js";
import {
  countBackParam,
  LEGACY_CANDLE_RESOLUTIONS,
  marketIdParam,
  timestampMsParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetCandlesticksParameters = z.object({
  marketId: marketIdParam,
  resolution: z.enum(LEGACY_CANDLE_RESOLUTIONS),
  /** ms */
  startTimestamp: timestampMsParam,
  /** ms */
  endTimestamp: timestampMsParam,
  countBack: countBackParam,
  setTimestampToEnd: z.optional(z.boolean()),
});
export type GetCandlesticksParameters = z.input<typeof GetCandlesticksParameters>;
export type GetCandlesticksReturnType = Candlesticks;

/** `GET /api/v1/candlesticks` (legacy; absent from the newest spec, kept for deployments that still serve it). */
export async function getCandlesticks(
  client: LighterRestContext,
  params: GetCandlesticksParameters,
  options?: LighterCallOptions,
): Promise<GetCandlesticksReturnType> {
  const p = parseParams(GetCandlesticksParameters, params, "getCandlesticks");
  return call(
    client,
    {
      action: "getCandlesticks",
      method: "GET",
      path: "/api/v1/candlesticks",
      query: {
        market_id: p.marketId,
        resolution: p.resolution,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        count_back: p.countBack,
        set_timestamp_to_end: p.setTimestampToEnd,
      },
      schema: Candlesticks,
    },
    options,
  );
}
