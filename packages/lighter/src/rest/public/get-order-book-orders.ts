import * as z from "zod/mini";
import { OrderBookOrders } from "../../schemas/market.js";
import { limitParam, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetOrderBookOrdersParameters = z.object({
  marketId: marketIdParam,
  /** 1..250 per side. */
  limit: limitParam(250),
});
export type GetOrderBookOrdersParameters = z.input<typeof GetOrderBookOrdersParameters>;
export type GetOrderBookOrdersReturnType = OrderBookOrders;

/** `GET /api/v1/orderBookOrders`: resting orders of a market. A separate, unsynchronised view: never patch a WebSocket book with it. */
export async function getOrderBookOrders(
  client: LighterRestContext,
  params: GetOrderBookOrdersParameters,
  options?: LighterCallOptions,
): Promise<GetOrderBookOrdersReturnType> {
  const p = parseParams(GetOrderBookOrdersParameters, params, "getOrderBookOrders");
  return call(
    client,
    {
      action: "getOrderBookOrders",
      method: "GET",
      path: "/api/v1/orderBookOrders",
      query: { market_id: p.marketId, limit: p.limit },
      schema: OrderBookOrders,
    },
    options,
  );
}
