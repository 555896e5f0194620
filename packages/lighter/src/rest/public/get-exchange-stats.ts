import { ExchangeStats } from "../../schemas/market.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetExchangeStatsReturnType = ExchangeStats;

/** `GET /api/v1/exchangeStats`: exchange-wide and per-market 24 h statistics. */
export async function getExchangeStats(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetExchangeStatsReturnType> {
  return call(
    client,
    { action: "getExchangeStats", method: "GET", path: "/api/v1/exchangeStats", schema: ExchangeStats },
    options,
  );
}
