import * as z from "zod";
import type { EthereumSigner } from "../../onboarding.js";
import { type AccountInfo, accountInfo } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { l1Headers } from "./l1-headers.js";

const PATH = "/api/v1/user/accounts";

export interface GetWalletAccountsParameters {
  wallet: EthereumSigner;
  time?: Date;
}
export type GetWalletAccountsReturnType = AccountInfo[];

/** GET {onboarding host}/api/v1/user/accounts authenticated by the wallet (no API key needed). */
export async function getWalletAccounts(
  client: ExtendedRestContext,
  params: GetWalletAccountsParameters,
  options?: RequestOptions,
): Promise<GetWalletAccountsReturnType> {
  const headers = await l1Headers(params.wallet, PATH, "getWalletAccounts", params.time);
  const { data } = await callApi(
    client,
    {
      action: "getWalletAccounts",
      method: "GET",
      path: PATH,
      headers,
      private: false,
      onboarding: true,
      schema: z.array(accountInfo),
    },
    options,
  );
  return data;
}
