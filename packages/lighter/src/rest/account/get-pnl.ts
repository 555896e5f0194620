import * as z from "zod/mini";
import { AccountPnL } from "../../schemas/account.js";
import {
  accountIndexParam,
  countBackParam,
  PNL_RESOLUTIONS,
  timestampMsParam,
} from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetPnlParameters = z.object({
  accountIndex: accountIndexParam,
  resolution: z.enum(PNL_RESOLUTIONS),
  /** ms */
  startTimestamp: timestampMsParam,
  /** ms */
  endTimestamp: timestampMsParam,
  countBack: countBackParam,
  ignoreTransfers: z.optional(z.boolean()),
});
export type GetPnlParameters = z.input<typeof GetPnlParameters>;
export type GetPnlReturnType = AccountPnL;

/** `GET /api/v1/pnl` (auth): the account's PnL chart. */
export async function getPnl(
  client: LighterRestContext,
  params: GetPnlParameters,
  options?: LighterCallOptions,
): Promise<GetPnlReturnType> {
  const p = parseParams(GetPnlParameters, params, "getPnl");
  return call(
    client,
    {
      action: "getPnl",
      method: "GET",
      path: "/api/v1/pnl",
      query: {
        by: "index",
        value: p.accountIndex,
        resolution: p.resolution,
        start_timestamp: p.startTimestamp,
        end_timestamp: p.endTimestamp,
        count_back: p.countBack,
        ignore_transfers: p.ignoreTransfers,
      },
      schema: AccountPnL,
      auth: true,
    },
    options,
  );
}
