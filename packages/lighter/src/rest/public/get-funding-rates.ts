import { FundingRates } from "../../schemas/market.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetFundingRatesReturnType = FundingRates;

/** `GET /api/v1/funding-rates`: current funding rates of Lighter and reference exchanges. */
export async function getFundingRates(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetFundingRatesReturnType> {
  return call(
    client,
    { action: "getFundingRates", method: "GET", path: "/api/v1/funding-rates", schema: FundingRates },
    options,
  );
}
