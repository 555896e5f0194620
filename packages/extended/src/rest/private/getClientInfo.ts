import { type ClientInfo, clientInfo } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetClientInfoReturnType = ClientInfo;

/** GET /user/client/info: the wallet behind the account (withdrawal recipient for STRK). */
export async function getClientInfo(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetClientInfoReturnType> {
  const { data } = await callApi(
    client,
    { action: "getClientInfo", method: "GET", path: "/user/client/info", private: true, schema: clientInfo },
    options,
  );
  return data;
}
