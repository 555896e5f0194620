import * as z from "zod/mini";
import { ResultCode } from "../../schemas/account.js";
import { accountIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const ChangeAccountTierParameters = z.object({
  accountIndex: accountIndexParam,
  /** Tier name, e.g. "premium" or "standard" (values unverified by the reference). */
  newTier: z.string().check(z.minLength(1)),
});
export type ChangeAccountTierParameters = z.input<typeof ChangeAccountTierParameters>;
export type ChangeAccountTierReturnType = ResultCode;

/** `POST /api/v1/changeAccountTier` (auth, form): switches between tiers; needs no open positions or orders, 24 h cooldown. */
export async function changeAccountTier(
  client: LighterRestContext,
  params: ChangeAccountTierParameters,
  options?: LighterCallOptions,
): Promise<ChangeAccountTierReturnType> {
  const p = parseParams(ChangeAccountTierParameters, params, "changeAccountTier");
  return call(
    client,
    {
      action: "changeAccountTier",
      method: "POST",
      path: "/api/v1/changeAccountTier",
      form: { account_index: p.accountIndex, new_tier: p.newTier },
      schema: ResultCode,
      auth: true,
      weight: WEIGHT.changeAccountTier,
    },
    options,
  );
}
