import * as z from "zod";
import { type ChartPoint, chartPoint } from "../../schemas/account.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { CHART_INTERVALS } from "./getEquityChart.js";

export const getPnlChartParams = z.object({
  accountId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform((v) => String(v)),
  interval: z.enum(CHART_INTERVALS),
  pnlType: z.enum(["TOTAL_PNL", "REALISED_PNL"]).optional(),
});
export type GetPnlChartParameters = z.input<typeof getPnlChartParams>;
export type GetPnlChartReturnType = ChartPoint[];

/** GET /portfolio/charts/pnl: total or realised PnL over time. */
export async function getPnlChart(
  client: ExtendedRestContext,
  params: GetPnlChartParameters,
  options?: RequestOptions,
): Promise<GetPnlChartReturnType> {
  const p = validateParams(getPnlChartParams, params, "getPnlChart");
  const { data } = await callApi(
    client,
    {
      action: "getPnlChart",
      method: "GET",
      path: "/portfolio/charts/pnl",
      query: { accountId: p.accountId, interval: p.interval, pnlType: p.pnlType },
      private: true,
      schema: z.array(chartPoint),
    },
    options,
  );
  return data;
}
