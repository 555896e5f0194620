import * as z from "zod";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const setDeadManSwitchParams = z.object({
  /** Seconds until every open order is cancelled unless re-armed; 0 disarms. */
  countdownTime: z.number().int().nonnegative(),
});
export type SetDeadManSwitchParameters = z.input<typeof setDeadManSwitchParams>;

/**
 * POST /user/deadmanswitch?countdownTime=<seconds>, no body, empty answer. Cancels all open orders
 * when the countdown ends without a new call; positions are untouched.
 */
export async function setDeadManSwitch(
  client: ExtendedRestContext,
  params: SetDeadManSwitchParameters,
  options?: RequestOptions,
): Promise<void> {
  const p = validateParams(setDeadManSwitchParams, params, "setDeadManSwitch");
  await callApi(
    client,
    {
      action: "setDeadManSwitch",
      method: "POST",
      path: "/user/deadmanswitch",
      query: { countdownTime: p.countdownTime },
      private: true,
      schema: z.unknown(),
    },
    options,
  );
}
