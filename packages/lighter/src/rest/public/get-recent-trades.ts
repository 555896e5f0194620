import * as z from "zod/mini";
import { Trades } from "../../schemas/market.js";
import { limitParam, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetRecentTradesParameters = z.object({
  marketId: marketIdParam,
  limit: limitParam(100),
});
export type GetRecentTradesParameters = z.input<typeof GetRecentTradesParameters>;
export type GetRecentTradesReturnType = Trades;

/** `GET /api/v1/recentTrades`: latest fills of a market (weight 600: prefer the trade stream). */
export async function getRecentTrades(
  client: LighterRestContext,
  params: GetRecentTradesParameters,
  options?: LighterCallOptions,
): Promise<GetRecentTradesReturnType> {
  const p = parseParams(GetRecentTradesParameters, params, "getRecentTrades");
  return call(
    client,
    {
      action: "getRecentTrades",
      method: "GET",
      path: "/api/v1/recentTrades",
      query: { market_id: p.marketId, limit: p.limit },
      schema: Trades,
      weight: WEIGHT.trades,
    },
    options,
  );
}
