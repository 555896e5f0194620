import { exchangeInfo, type VestExchangeInfo } from "../../schemas/market.js";
import { symbolsParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetExchangeInfoParameters {
  /** Only these markets (array or comma-separated); all markets when left out. */
  symbols?: readonly string[] | string;
}

export type GetExchangeInfoReturnType = VestExchangeInfo;

/** `GET /exchangeInfo`: markets with their size/price decimals, margin ratios and fees. Public. */
export async function getExchangeInfo(
  client: VestRestContext,
  params: GetExchangeInfoParameters = {},
  options?: VestCallOptions,
): Promise<GetExchangeInfoReturnType> {
  const { symbols } = parseParams(symbolsParams, params, "getExchangeInfo parameters");
  return vestRequest(
    client,
    { method: "GET", path: "exchangeInfo", query: { symbols }, schema: exchangeInfo },
    options,
  );
}
