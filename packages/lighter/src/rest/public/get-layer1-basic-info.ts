import { Layer1BasicInfo } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetLayer1BasicInfoReturnType = Layer1BasicInfo;

/** `GET /api/v1/layer1BasicInfo`: L1 providers, contract addresses and sync heights. */
export async function getLayer1BasicInfo(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetLayer1BasicInfoReturnType> {
  return call(
    client,
    { action: "getLayer1BasicInfo", method: "GET", path: "/api/v1/layer1BasicInfo", schema: Layer1BasicInfo },
    options,
  );
}
