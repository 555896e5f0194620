import * as z from "zod/mini";
import { ExchangeMetrics } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetExchangeMetricsParameters = z.object({
  period: z.optional(z.string().check(z.minLength(1))),
  kind: z.optional(z.string().check(z.minLength(1))),
});
export type GetExchangeMetricsParameters = z.input<typeof GetExchangeMetricsParameters>;
export type GetExchangeMetricsReturnType = ExchangeMetrics;

/** `GET /api/v1/exchangeMetrics`: a metric time series selected by `period` and `kind`. */
export async function getExchangeMetrics(
  client: LighterRestContext,
  params: GetExchangeMetricsParameters = {},
  options?: LighterCallOptions,
): Promise<GetExchangeMetricsReturnType> {
  const p = parseParams(GetExchangeMetricsParameters, params, "getExchangeMetrics");
  return call(
    client,
    {
      action: "getExchangeMetrics",
      method: "GET",
      path: "/api/v1/exchangeMetrics",
      query: { period: p.period, kind: p.kind },
      schema: ExchangeMetrics,
    },
    options,
  );
}
