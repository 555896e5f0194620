import * as z from "zod/mini";
import { AccountMetadatas } from "../../schemas/account.js";
import { cursorParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountMetadataParameters = z.object({
  by: z.enum(["index", "l1_address"]),
  value: z.string().check(z.minLength(1)),
  cursor: z.optional(cursorParam),
});
export type GetAccountMetadataParameters = z.input<typeof GetAccountMetadataParameters>;
export type GetAccountMetadataReturnType = AccountMetadatas;

/** `GET /api/v1/accountMetadata` (auth for main accounts): names and descriptions. */
export async function getAccountMetadata(
  client: LighterRestContext,
  params: GetAccountMetadataParameters,
  options?: LighterCallOptions,
): Promise<GetAccountMetadataReturnType> {
  const p = parseParams(GetAccountMetadataParameters, params, "getAccountMetadata");
  return call(
    client,
    {
      action: "getAccountMetadata",
      method: "GET",
      path: "/api/v1/accountMetadata",
      query: { by: p.by, value: p.value, cursor: p.cursor },
      schema: AccountMetadatas,
      auth: true,
    },
    options,
  );
}
