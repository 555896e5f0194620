import * as z from "zod";
import { cursorParam, limitParam, marketList, sideParam } from "../../schemas/params.js";
import { type AccountTrade, accountTrade } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

export const getTradesParams = z
  .object({
    market: marketList.optional(),
    type: z.enum(["TRADE", "LIQUIDATION", "DELEVERAGE"]).optional(),
    side: sideParam.optional(),
    cursor: cursorParam.optional(),
    limit: limitParam.optional(),
  })
  .optional();
export type GetTradesParameters = z.input<typeof getTradesParams>;
export type GetTradesReturnType = Page<AccountTrade>;

/** GET /user/trades: the account's fills, newest first, cursor-paginated. */
export async function getTrades(
  client: ExtendedRestContext,
  params: GetTradesParameters = {},
  options?: RequestOptions,
): Promise<GetTradesReturnType> {
  const p = validateParams(getTradesParams, params, "getTrades") ?? {};
  const { data, pagination } = await callApi(
    client,
    {
      action: "getTrades",
      method: "GET",
      path: "/user/trades",
      query: { market: p.market, type: p.type, side: p.side, cursor: p.cursor, limit: p.limit },
      private: true,
      schema: z.array(accountTrade),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
