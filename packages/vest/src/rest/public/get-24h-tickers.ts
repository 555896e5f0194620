import { dayTickers, type VestDayTicker } from "../../schemas/market.js";
import { symbolsParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface Get24hTickersParameters {
  /** Only these markets (array or comma-separated); all markets when left out. */
  symbols?: readonly string[] | string;
}

export type Get24hTickersReturnType = VestDayTicker[];

/** `GET /ticker/24hr`: 24-hour open/high/low/close and volumes. Public. */
export async function get24hTickers(
  client: VestRestContext,
  params: Get24hTickersParameters = {},
  options?: VestCallOptions,
): Promise<Get24hTickersReturnType> {
  const { symbols } = parseParams(symbolsParams, params, "get24hTickers parameters");
  const body = await vestRequest(
    client,
    { method: "GET", path: "ticker/24hr", query: { symbols }, schema: dayTickers },
    options,
  );
  return body.tickers;
}
