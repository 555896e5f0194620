import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/** Rhino.fi bridge configuration; the reference documents no field set, so it is returned as parsed JSON. */
export type GetBridgeConfigReturnType = unknown;

/** GET /user/bridge/config (answered with or without the envelope). */
export async function getBridgeConfig(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetBridgeConfigReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getBridgeConfig",
      method: "GET",
      path: "/user/bridge/config",
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
