import * as z from "zod/mini";
import { Orders } from "../../schemas/order.js";
import {
  accountIndexParam,
  cursorParam,
  intParam,
  limitParam,
  MARKET_TYPES,
  marketIdParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetAccountInactiveOrdersParameters = z.object({
  accountIndex: accountIndexParam,
  limit: limitParam(100),
  marketId: z.optional(marketIdParam),
  marketType: z.optional(z.enum(MARKET_TYPES)),
  /** -1 (default) both sides, 0 bids, 1 asks. */
  askFilter: z.optional(intParam(-1, 1)),
  /** "<start>-<end>" in ms, passed through. */
  betweenTimestamps: z.optional(z.string().check(z.minLength(1))),
  cursor: z.optional(cursorParam),
});
export type GetAccountInactiveOrdersParameters = z.input<typeof GetAccountInactiveOrdersParameters>;
export type GetAccountInactiveOrdersReturnType = Orders;

/** `GET /api/v1/accountInactiveOrders` (auth): filled and cancelled orders, newest first, cursor-paginated. */
export async function getAccountInactiveOrders(
  client: LighterRestContext,
  params: GetAccountInactiveOrdersParameters,
  options?: LighterCallOptions,
): Promise<GetAccountInactiveOrdersReturnType> {
  const p = parseParams(GetAccountInactiveOrdersParameters, params, "getAccountInactiveOrders");
  return call(
    client,
    {
      action: "getAccountInactiveOrders",
      method: "GET",
      path: "/api/v1/accountInactiveOrders",
      query: {
        account_index: p.accountIndex,
        limit: p.limit,
        market_id: p.marketId,
        market_type: p.marketType,
        ask_filter: p.askFilter,
        between_timestamps: p.betweenTimestamps,
        cursor: p.cursor,
      },
      schema: Orders,
      auth: true,
      weight: WEIGHT.accountInactiveOrders,
    },
    options,
  );
}
