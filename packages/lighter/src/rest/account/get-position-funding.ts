import * as z from "zod/mini";
import { PositionFundings } from "../../schemas/account.js";
import {
  accountIndexParam,
  cursorParam,
  limitParam,
  marketIdParam,
  timestampMsParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetPositionFundingParameters = z.object({
  accountIndex: accountIndexParam,
  limit: limitParam(100),
  marketId: z.optional(marketIdParam),
  marketIds: z.optional(z.array(marketIdParam)),
  side: z.optional(z.enum(["long", "short", "all"])),
  startTimestamp: z.optional(timestampMsParam),
  endTimestamp: z.optional(timestampMsParam),
  cursor: z.optional(cursorParam),
});
export type GetPositionFundingParameters = z.input<typeof GetPositionFundingParameters>;
export type GetPositionFundingReturnType = PositionFundings;

/** `GET /api/v1/positionFunding` (auth): funding paid and received per position, cursor-paginated. */
export async function getPositionFunding(
  client: LighterRestContext,
  params: GetPositionFundingParameters,
  options?: LighterCallOptions,
): Promise<GetPositionFundingReturnType> {
  const p = parseParams(GetPositionFundingParameters, params, "getPositionFunding");
  return call(
    client,
    {
      action: "getPositionFunding",
      method: "GET",
      path: "/api/v1/positionFunding",
      query: {
        account_index: p.accountIndex,
        limit: p.limit,
        market_id: p.marketId,
        market_ids: p.marketIds,
        side: p.side,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        cursor: p.cursor,
      },
      schema: PositionFundings,
      auth: true,
    },
    options,
  );
}
