import * as z from "zod";
import { cursorParam, limitParam, marketList, positionSideParam } from "../../schemas/params.js";
import { type PositionHistory, positionHistory } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

export const getPositionsHistoryParams = z
  .object({
    market: marketList.optional(),
    side: positionSideParam.optional(),
    cursor: cursorParam.optional(),
    limit: limitParam.optional(),
  })
  .optional();
export type GetPositionsHistoryParameters = z.input<typeof getPositionsHistoryParams>;
export type GetPositionsHistoryReturnType = Page<PositionHistory>;

/** GET /user/positions/history: closed and open positions, newest first, cursor-paginated. */
export async function getPositionsHistory(
  client: ExtendedRestContext,
  params: GetPositionsHistoryParameters = {},
  options?: RequestOptions,
): Promise<GetPositionsHistoryReturnType> {
  const p = validateParams(getPositionsHistoryParams, params, "getPositionsHistory") ?? {};
  const { data, pagination } = await callApi(
    client,
    {
      action: "getPositionsHistory",
      method: "GET",
      path: "/user/positions/history",
      query: { market: p.market, side: p.side, cursor: p.cursor, limit: p.limit },
      private: true,
      schema: z.array(positionHistory),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
