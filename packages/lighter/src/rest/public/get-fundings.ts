import * as z from "zod/mini";
import { Fundings } from "../../schemas/market.js";
import {
  countBackParam,
  FUNDING_RESOLUTIONS,
  marketIdParam,
  timestampMsParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetFundingsParameters = z.object({
  marketId: marketIdParam,
  resolution: z.enum(FUNDING_RESOLUTIONS),
  /** ms */
  startTimestamp: timestampMsParam,
  /** ms */
  endTimestamp: timestampMsParam,
  countBack: countBackParam,
});
export type GetFundingsParameters = z.input<typeof GetFundingsParameters>;
export type GetFundingsReturnType = Fundings;

/** `GET /api/v1/fundings`: a market's funding history. */
export async function getFundings(
  client: LighterRestContext,
  params: GetFundingsParameters,
  options?: LighterCallOptions,
): Promise<GetFundingsReturnType> {
  const p = parseParams(GetFundingsParameters, params, "getFundings");
  return call(
    client,
    {
      action: "getFundings",
      method: "GET",
      path: "/api/v1/fundings",
      query: {
        market_id: p.marketId,
        resolution: p.resolution,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        count_back: p.countBack,
      },
      schema: Fundings,
    },
    options,
  );
}
