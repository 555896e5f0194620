import * as z from "zod";
import { type AccountInfo, accountInfo } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetAccountsReturnType = AccountInfo[];

/** GET /user/accounts: every sub-account of the wallet (up to 10). */
export async function getAccounts(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetAccountsReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getAccounts",
      method: "GET",
      path: "/user/accounts",
      private: true,
      schema: z.array(accountInfo),
    },
    options,
  );
  return data;
}
