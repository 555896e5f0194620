import * as z from "zod/mini";
import { DetailedAccounts } from "../../schemas/account.js";
import { cursorParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountParameters = z.object({
  by: z.enum(["index", "l1_address"]),
  /** The account index or 0x L1 address. */
  value: z.string().check(z.minLength(1)),
  activeOnly: z.optional(z.boolean()),
  cursor: z.optional(cursorParam),
});
export type GetAccountParameters = z.input<typeof GetAccountParameters>;
export type GetAccountReturnType = DetailedAccounts;

/** `GET /api/v1/account`: an account (or all of an L1 address's accounts) with positions, assets and pool shares. */
export async function getAccount(
  client: LighterRestContext,
  params: GetAccountParameters,
  options?: LighterCallOptions,
): Promise<GetAccountReturnType> {
  const p = parseParams(GetAccountParameters, params, "getAccount");
  return call(
    client,
    {
      action: "getAccount",
      method: "GET",
      path: "/api/v1/account",
      query: { by: p.by, value: p.value, active_only: p.activeOnly, cursor: p.cursor },
      schema: DetailedAccounts,
    },
    options,
  );
}
