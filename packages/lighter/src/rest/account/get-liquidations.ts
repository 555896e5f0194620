import * as z from "zod/mini";
import { LiquidationInfos } from "../../schemas/account.js";
import { accountIndexParam, cursorParam, limitParam, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetLiquidationsParameters = z.object({
  accountIndex: accountIndexParam,
  limit: limitParam(100),
  marketId: z.optional(marketIdParam),
  cursor: z.optional(cursorParam),
});
export type GetLiquidationsParameters = z.input<typeof GetLiquidationsParameters>;
export type GetLiquidationsReturnType = LiquidationInfos;

/** `GET /api/v1/liquidations` (auth): liquidations and deleverages of an account, cursor-paginated. */
export async function getLiquidations(
  client: LighterRestContext,
  params: GetLiquidationsParameters,
  options?: LighterCallOptions,
): Promise<GetLiquidationsReturnType> {
  const p = parseParams(GetLiquidationsParameters, params, "getLiquidations");
  return call(
    client,
    {
      action: "getLiquidations",
      method: "GET",
      path: "/api/v1/liquidations",
      query: { account_index: p.accountIndex, limit: p.limit, market_id: p.marketId, cursor: p.cursor },
      schema: LiquidationInfos,
      auth: true,
    },
    options,
  );
}
