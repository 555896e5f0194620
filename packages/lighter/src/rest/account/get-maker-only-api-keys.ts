import * as z from "zod/mini";
import { MakerOnlyApiKeys } from "../../schemas/account.js";
import { accountIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetMakerOnlyApiKeysParameters = z.object({
  accountIndex: accountIndexParam,
});
export type GetMakerOnlyApiKeysParameters = z.input<typeof GetMakerOnlyApiKeysParameters>;
export type GetMakerOnlyApiKeysReturnType = MakerOnlyApiKeys;

/** `GET /api/v1/getMakerOnlyApiKeys` (auth): API key indexes restricted to maker-only orders. */
export async function getMakerOnlyApiKeys(
  client: LighterRestContext,
  params: GetMakerOnlyApiKeysParameters,
  options?: LighterCallOptions,
): Promise<GetMakerOnlyApiKeysReturnType> {
  const p = parseParams(GetMakerOnlyApiKeysParameters, params, "getMakerOnlyApiKeys");
  return call(
    client,
    {
      action: "getMakerOnlyApiKeys",
      method: "GET",
      path: "/api/v1/getMakerOnlyApiKeys",
      query: { account_index: p.accountIndex },
      schema: MakerOnlyApiKeys,
      auth: true,
    },
    options,
  );
}
