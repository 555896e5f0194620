import { type Settings, settings } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetSettingsReturnType = Settings;

/** GET /info/settings: the deposit contract address. */
export async function getSettings(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetSettingsReturnType> {
  const { data } = await callApi(
    client,
    { action: "getSettings", method: "GET", path: "/info/settings", private: false, schema: settings },
    options,
  );
  return data;
}
