import * as z from "zod";
import { untypedData } from "../../schemas/public-data.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getVaultPerformanceParams = z.object({ interval: z.enum(["WEEK", "MONTH", "YEAR", "ALL"]) });
export type GetVaultPerformanceParameters = z.input<typeof getVaultPerformanceParams>;
/** The reference documents no field set for this endpoint: the data is returned as parsed JSON. */
export type GetVaultPerformanceReturnType = unknown;

/** GET /vault/public/performance. */
export async function getVaultPerformance(
  client: ExtendedRestContext,
  params: GetVaultPerformanceParameters,
  options?: RequestOptions,
): Promise<GetVaultPerformanceReturnType> {
  const p = validateParams(getVaultPerformanceParams, params, "getVaultPerformance");
  const { data } = await callApi(
    client,
    {
      action: "getVaultPerformance",
      method: "GET",
      path: "/vault/public/performance",
      query: { interval: p.interval },
      private: false,
      schema: untypedData,
    },
    options,
  );
  return data;
}
