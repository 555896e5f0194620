import { SystemConfig } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetSystemConfigReturnType = SystemConfig;

/** `GET /api/v1/systemConfig`: protocol pool indexes and integrator fee caps. */
export async function getSystemConfig(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetSystemConfigReturnType> {
  return call(
    client,
    { action: "getSystemConfig", method: "GET", path: "/api/v1/systemConfig", schema: SystemConfig },
    options,
  );
}
