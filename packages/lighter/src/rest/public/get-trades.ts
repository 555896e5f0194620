import * as z from "zod/mini";
import { Trades } from "../../schemas/market.js";
import {
  accountIndexParam,
  cursorParam,
  intParam,
  limitParam,
  MARKET_TYPES,
  marketIdParam,
  orderIndexParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetTradesParameters = z.object({
  sortBy: z.enum(["block_height", "timestamp", "trade_id"]),
  limit: limitParam(100),
  sortDir: z.optional(z.enum(["desc"])),
  cursor: z.optional(cursorParam),
  /** 255 (default) = all markets. */
  marketId: z.optional(marketIdParam),
  marketType: z.optional(z.enum(MARKET_TYPES)),
  /** -1 (default) = any account. Auth is enforced when this is a main account. */
  accountIndex: z.optional(accountIndexParam),
  orderIndex: z.optional(orderIndexParam),
  from: z.optional(intParam(-1, Number.MAX_SAFE_INTEGER)),
  /** -1 (default) both sides, 0 bids, 1 asks. */
  askFilter: z.optional(intParam(-1, 1)),
  role: z.optional(z.enum(["all", "maker", "taker"])),
  type: z.optional(z.enum(["all", "trade", "liquidation", "deleverage", "market-settlement"])),
  aggregate: z.optional(z.boolean()),
  skipAskOrderId: z.optional(orderIndexParam),
  skipBidOrderId: z.optional(orderIndexParam),
});
export type GetTradesParameters = z.input<typeof GetTradesParameters>;
export type GetTradesReturnType = Trades;

/** `GET /api/v1/trades` (auth for main accounts): fills filtered by market, account or order, cursor-paginated. */
export async function getTrades(
  client: LighterRestContext,
  params: GetTradesParameters,
  options?: LighterCallOptions,
): Promise<GetTradesReturnType> {
  const p = parseParams(GetTradesParameters, params, "getTrades");
  return call(
    client,
    {
      action: "getTrades",
      method: "GET",
      path: "/api/v1/trades",
      query: {
        sort_by: p.sortBy,
        limit: p.limit,
        sort_dir: p.sortDir,
        cursor: p.cursor,
        market_id: p.marketId,
        market_type: p.marketType,
        account_index: p.accountIndex,
        order_index: p.orderIndex,
        from: p.from,
        ask_filter: p.askFilter,
        role: p.role,
        type: p.type,
        aggregate: p.aggregate,
        skip_ask_order_id: p.skipAskOrderId,
        skip_bid_order_id: p.skipBidOrderId,
      },
      schema: Trades,
      auth: true,
      weight: WEIGHT.trades,
    },
    options,
  );
}
