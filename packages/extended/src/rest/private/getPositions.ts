import * as z from "zod";
import { marketList, positionSideParam } from "../../schemas/params.js";
import { type Position, position } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getPositionsParams = z
  .object({ market: marketList.optional(), side: positionSideParam.optional() })
  .optional();
export type GetPositionsParameters = z.input<typeof getPositionsParams>;
export type GetPositionsReturnType = Position[];

/** GET /user/positions: open positions. */
export async function getPositions(
  client: ExtendedRestContext,
  params: GetPositionsParameters = {},
  options?: RequestOptions,
): Promise<GetPositionsReturnType> {
  const p = validateParams(getPositionsParams, params, "getPositions") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getPositions",
      method: "GET",
      path: "/user/positions",
      query: { market: p.market, side: p.side },
      private: true,
      schema: z.array(position),
    },
    options,
  );
  return data;
}
