import * as z from "zod/mini";
import { marketIdParam } from "../../schemas/params.js";
import { UndocumentedPayload } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetMarketPriceChartsParameters = z.object({
  marketIds: z.optional(z.array(marketIdParam).check(z.minLength(1))),
});
export type GetMarketPriceChartsParameters = z.input<typeof GetMarketPriceChartsParameters>;
export type GetMarketPriceChartsReturnType = UndocumentedPayload;

/** `GET /api/v1/marketPriceCharts`: price charts of the given markets (`market_ids` repeated). The reference gives no response schema, so the payload is returned as parsed. */
export async function getMarketPriceCharts(
  client: LighterRestContext,
  params: GetMarketPriceChartsParameters = {},
  options?: LighterCallOptions,
): Promise<GetMarketPriceChartsReturnType> {
  const p = parseParams(GetMarketPriceChartsParameters, params, "getMarketPriceCharts");
  return call(
    client,
    {
      action: "getMarketPriceCharts",
      method: "GET",
      path: "/api/v1/marketPriceCharts",
      query: { market_ids: p.marketIds },
      schema: UndocumentedPayload,
    },
    options,
  );
}
