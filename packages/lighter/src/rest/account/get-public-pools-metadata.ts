import * as z from "zod/mini";
import { PublicPoolsMetadata } from "../../schemas/account.js";
import { accountIndexParam, int64Param, limitParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetPublicPoolsMetadataParameters = z.object({
  index: int64Param,
  limit: limitParam(100),
  filter: z.optional(z.enum(["all", "user", "protocol", "account_index"])),
  accountIndex: z.optional(accountIndexParam),
});
export type GetPublicPoolsMetadataParameters = z.input<typeof GetPublicPoolsMetadataParameters>;
export type GetPublicPoolsMetadataReturnType = PublicPoolsMetadata;

/** `GET /api/v1/publicPoolsMetadata`: public pools from `index` on. */
export async function getPublicPoolsMetadata(
  client: LighterRestContext,
  params: GetPublicPoolsMetadataParameters,
  options?: LighterCallOptions,
): Promise<GetPublicPoolsMetadataReturnType> {
  const p = parseParams(GetPublicPoolsMetadataParameters, params, "getPublicPoolsMetadata");
  return call(
    client,
    {
      action: "getPublicPoolsMetadata",
      method: "GET",
      path: "/api/v1/publicPoolsMetadata",
      query: { index: p.index, limit: p.limit, filter: p.filter, account_index: p.accountIndex },
      schema: PublicPoolsMetadata,
      auth: true,
    },
    options,
  );
}
