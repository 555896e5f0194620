import * as z from "zod";
import {
  cursorParam,
  externalIdParam,
  idParam,
  limitParam,
  marketList,
  sideParam,
} from "../../schemas/params.js";
import { type Order, order } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

const one = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

export const getOrdersHistoryParams = z
  .object({
    id: one(idParam).optional(),
    externalId: one(externalIdParam).optional(),
    market: marketList.optional(),
    type: z.enum(["LIMIT", "MARKET", "CONDITIONAL", "TPSL", "TWAP"]).optional(),
    side: sideParam.optional(),
    cursor: cursorParam.optional(),
    limit: limitParam.optional(),
    sort: z.enum(["ID", "UPDATED_AT"]).optional(),
  })
  .optional();
export type GetOrdersHistoryParameters = z.input<typeof getOrdersHistoryParams>;
export type GetOrdersHistoryReturnType = Page<Order>;

/**
 * GET /user/orders/history: closed orders, newest first, cursor-paginated. Non-filled closed
 * orders are kept only 7 days (none for high-volume accounts).
 */
export async function getOrdersHistory(
  client: ExtendedRestContext,
  params: GetOrdersHistoryParameters = {},
  options?: RequestOptions,
): Promise<GetOrdersHistoryReturnType> {
  const p = validateParams(getOrdersHistoryParams, params, "getOrdersHistory") ?? {};
  const { data, pagination } = await callApi(
    client,
    {
      action: "getOrdersHistory",
      method: "GET",
      path: "/user/orders/history",
      query: {
        id: p.id,
        externalId: p.externalId,
        market: p.market,
        type: p.type,
        side: p.side,
        cursor: p.cursor,
        limit: p.limit,
        sort: p.sort,
      },
      private: true,
      schema: z.array(order),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
