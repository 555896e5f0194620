import * as z from "zod";
import { marketList, sideParam } from "../../schemas/params.js";
import { type Order, order } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getOpenOrdersParams = z
  .object({
    market: marketList.optional(),
    type: z.enum(["LIMIT", "CONDITIONAL", "TPSL", "TWAP"]).optional(),
    side: sideParam.optional(),
  })
  .optional();
export type GetOpenOrdersParameters = z.input<typeof getOpenOrdersParams>;
export type GetOpenOrdersReturnType = Order[];

/** GET /user/orders: open orders (NEW, PARTIALLY_FILLED, UNTRIGGERED). */
export async function getOpenOrders(
  client: ExtendedRestContext,
  params: GetOpenOrdersParameters = {},
  options?: RequestOptions,
): Promise<GetOpenOrdersReturnType> {
  const p = validateParams(getOpenOrdersParams, params, "getOpenOrders") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getOpenOrders",
      method: "GET",
      path: "/user/orders",
      query: { market: p.market, type: p.type, side: p.side },
      private: true,
      schema: z.array(order),
    },
    options,
  );
  return data;
}
