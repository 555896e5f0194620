import { type AccountInfo, accountInfo } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetAccountInfoReturnType = AccountInfo;

/** GET /user/account/info: the API key's sub-account, with its l2Key and l2Vault (signing inputs). */
export async function getAccountInfo(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetAccountInfoReturnType> {
  const { data } = await callApi(
    client,
    {
      action: "getAccountInfo",
      method: "GET",
      path: "/user/account/info",
      private: true,
      schema: accountInfo,
    },
    options,
  );
  return data;
}
