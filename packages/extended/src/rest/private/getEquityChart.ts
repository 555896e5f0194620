import * as z from "zod";
import { type ChartPoint, chartPoint } from "../../schemas/account.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const CHART_INTERVALS = ["DAY", "WEEK", "MONTH", "YEAR", "ALL"] as const;

export const getEquityChartParams = z.object({
  accountId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform((v) => String(v)),
  interval: z.enum(CHART_INTERVALS),
});
export type GetEquityChartParameters = z.input<typeof getEquityChartParams>;
export type GetEquityChartReturnType = ChartPoint[];

/** GET /portfolio/charts/equities: equity over time. */
export async function getEquityChart(
  client: ExtendedRestContext,
  params: GetEquityChartParameters,
  options?: RequestOptions,
): Promise<GetEquityChartReturnType> {
  const p = validateParams(getEquityChartParams, params, "getEquityChart");
  const { data } = await callApi(
    client,
    {
      action: "getEquityChart",
      method: "GET",
      path: "/portfolio/charts/equities",
      query: { accountId: p.accountId, interval: p.interval },
      private: true,
      schema: z.array(chartPoint),
    },
    options,
  );
  return data;
}
