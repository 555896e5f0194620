import * as z from "zod/mini";
import { OrderBookDetails } from "../../schemas/market.js";
import { MARKET_FILTERS, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetOrderBookDetailsParameters = z.object({
  /** 255 (default) = all markets. */
  marketId: z.optional(marketIdParam),
  filter: z.optional(z.enum(MARKET_FILTERS)),
});
export type GetOrderBookDetailsParameters = z.input<typeof GetOrderBookDetailsParameters>;
export type GetOrderBookDetailsReturnType = OrderBookDetails;

/** `GET /api/v1/orderBookDetails`: markets with the size/price decimals orders are scaled by, margin fractions and daily stats. */
export async function getOrderBookDetails(
  client: LighterRestContext,
  params: GetOrderBookDetailsParameters = {},
  options?: LighterCallOptions,
): Promise<GetOrderBookDetailsReturnType> {
  const p = parseParams(GetOrderBookDetailsParameters, params, "getOrderBookDetails");
  return call(
    client,
    {
      action: "getOrderBookDetails",
      method: "GET",
      path: "/api/v1/orderBookDetails",
      query: { market_id: p.marketId, filter: p.filter },
      schema: OrderBookDetails,
    },
    options,
  );
}
