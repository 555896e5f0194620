import { CurrentHeight } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetCurrentHeightReturnType = CurrentHeight;

/** `GET /api/v1/currentHeight`: the latest block height. */
export async function getCurrentHeight(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetCurrentHeightReturnType> {
  return call(
    client,
    { action: "getCurrentHeight", method: "GET", path: "/api/v1/currentHeight", schema: CurrentHeight },
    options,
  );
}
