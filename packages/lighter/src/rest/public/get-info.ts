import { ZkLighterInfo } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetInfoReturnType = ZkLighterInfo;

/** `GET /info`: the rollup contract address. */
export async function getInfo(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetInfoReturnType> {
  return call(client, { action: "getInfo", method: "GET", path: "/info", schema: ZkLighterInfo }, options);
}
