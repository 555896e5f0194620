import { Status } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetStatusReturnType = Status;

/** `GET /`: liveness, network id and server time (Unix seconds); no envelope. */
export async function getStatus(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetStatusReturnType> {
  return call(client, { action: "getStatus", method: "GET", path: "/", schema: Status }, options);
}
