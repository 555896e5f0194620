import { type BuilderDashboard, builderDashboard } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetBuilderDashboardReturnType = BuilderDashboard;

/** GET /info/builder/dashboard: builder statistics (`total[]`, `daily[]`; row fields kept as received). */
export async function getBuilderDashboard(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetBuilderDashboardReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getBuilderDashboard",
      method: "GET",
      path: "/info/builder/dashboard",
      private: false,
      schema: builderDashboard,
    },
    options,
  );
  return data;
}
