import { trades, type VestTrade } from "../../schemas/market.js";
import { tradesParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetTradesParameters {
  symbol: string;
  startTime?: number;
  endTime?: number;
  /** 1-1000. */
  limit?: number;
}

export type GetTradesReturnType = VestTrade[];

/** `GET /trades`: recent public trades of one market. Public. */
export async function getTrades(
  client: VestRestContext,
  params: GetTradesParameters,
  options?: VestCallOptions,
): Promise<GetTradesReturnType> {
  const p = parseParams(tradesParams, params, "getTrades parameters");
  return vestRequest(
    client,
    {
      method: "GET",
      path: "trades",
      query: { symbol: p.symbol, startTime: p.startTime, endTime: p.endTime, limit: p.limit },
      schema: trades,
    },
    options,
  );
}
