import * as z from "zod/mini";
import { OrderBooks } from "../../schemas/market.js";
import { MARKET_FILTERS, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetOrderBooksParameters = z.object({
  /** 255 (default) = all markets. */
  marketId: z.optional(marketIdParam),
  filter: z.optional(z.enum(MARKET_FILTERS)),
});
export type GetOrderBooksParameters = z.input<typeof GetOrderBooksParameters>;
export type GetOrderBooksReturnType = OrderBooks;

/** `GET /api/v1/orderBooks`: trading rules (fees, minimums, supported decimals) of one market or all. */
export async function getOrderBooks(
  client: LighterRestContext,
  params: GetOrderBooksParameters = {},
  options?: LighterCallOptions,
): Promise<GetOrderBooksReturnType> {
  const p = parseParams(GetOrderBooksParameters, params, "getOrderBooks");
  return call(
    client,
    {
      action: "getOrderBooks",
      method: "GET",
      path: "/api/v1/orderBooks",
      query: { market_id: p.marketId, filter: p.filter },
      schema: OrderBooks,
    },
    options,
  );
}
