import * as z from "zod/mini";
import { SubAccounts } from "../../schemas/account.js";
import { cursorParam, l1AddressParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountsByL1AddressParameters = z.object({
  l1Address: l1AddressParam,
  cursor: z.optional(cursorParam),
});
export type GetAccountsByL1AddressParameters = z.input<typeof GetAccountsByL1AddressParameters>;
export type GetAccountsByL1AddressReturnType = SubAccounts;

/** `GET /api/v1/accountsByL1Address`: the master and sub-accounts of an L1 address. */
export async function getAccountsByL1Address(
  client: LighterRestContext,
  params: GetAccountsByL1AddressParameters,
  options?: LighterCallOptions,
): Promise<GetAccountsByL1AddressReturnType> {
  const p = parseParams(GetAccountsByL1AddressParameters, params, "getAccountsByL1Address");
  return call(
    client,
    {
      action: "getAccountsByL1Address",
      method: "GET",
      path: "/api/v1/accountsByL1Address",
      query: { l1_address: p.l1Address, cursor: p.cursor },
      schema: SubAccounts,
    },
    options,
  );
}
