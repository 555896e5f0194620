import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** The reference documents no field set for this endpoint: the data is returned as parsed JSON. */
export type GetVaultSummaryReturnType = unknown;

/** GET /vault/public/summary. */
export async function getVaultSummary(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetVaultSummaryReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getVaultSummary",
      method: "GET",
      path: "/vault/public/summary",
      private: false,
      schema: untypedData,
    },
    options,
  );
  return data;
}
