import { latestTickers, type VestLatestTicker } from "../../schemas/market.js";
import { symbolsParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetLatestTickersParameters {
  /** Only these markets (array or comma-separated); all markets when left out. */
  symbols?: readonly string[] | string;
}

export type GetLatestTickersReturnType = VestLatestTicker[];

/** `GET /ticker/latest`: mark and index price, hourly funding rate and cumulative funding. Public. */
export async function getLatestTickers(
  client: VestRestContext,
  params: GetLatestTickersParameters = {},
  options?: VestCallOptions,
): Promise<GetLatestTickersReturnType> {
  const { symbols } = parseParams(symbolsParams, params, "getLatestTickers parameters");
  const body = await vestRequest(
    client,
    { method: "GET", path: "ticker/latest", query: { symbols }, schema: latestTickers },
    options,
  );
  return body.tickers;
}
