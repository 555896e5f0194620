import { WithdrawalDelay } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetWithdrawalDelayReturnType = WithdrawalDelay;

/** `GET /api/v1/withdrawalDelay`: the secure-withdrawal delay in seconds (no envelope). */
export async function getWithdrawalDelay(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetWithdrawalDelayReturnType> {
  return call(
    client,
    { action: "getWithdrawalDelay", method: "GET", path: "/api/v1/withdrawalDelay", schema: WithdrawalDelay },
    options,
  );
}
