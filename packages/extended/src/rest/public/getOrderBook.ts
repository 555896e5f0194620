import * as z from "zod";
import { marketName } from "../../schemas/params.js";
import { type OrderBook, orderBook } from "../../schemas/public-data.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getOrderBookParams = z.object({ market: marketName });
export type GetOrderBookParameters = z.input<typeof getOrderBookParams>;
export type GetOrderBookReturnType = OrderBook;

/**
 * GET /info/markets/{market}/orderbook: the full book, bids and asks best-first. It carries no
 * sequence number, so it cannot be stitched to stream deltas (the stream starts with its own snapshot).
 */
export async function getOrderBook(
  client: ExtendedRestContext,
  params: GetOrderBookParameters,
  options?: RequestOptions,
): Promise<GetOrderBookReturnType> {
  const p = validateParams(getOrderBookParams, params, "getOrderBook");
  const { data } = await callApi(
    client,
    {
      action: "getOrderBook",
      method: "GET",
      path: `/info/markets/${segment(p.market)}/orderbook`,
      private: false,
      schema: orderBook,
    },
    options,
  );
  return data;
}
