import * as z from "zod/mini";
import { AssetDetails } from "../../schemas/market.js";
import { assetIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAssetDetailsParameters = z.object({
  /** 0 (default) = all assets. */
  assetId: z.optional(assetIdParam),
});
export type GetAssetDetailsParameters = z.input<typeof GetAssetDetailsParameters>;
export type GetAssetDetailsReturnType = AssetDetails;

/** `GET /api/v1/assetDetails`: assets with their decimals, limits and risk parameters. */
export async function getAssetDetails(
  client: LighterRestContext,
  params: GetAssetDetailsParameters = {},
  options?: LighterCallOptions,
): Promise<GetAssetDetailsReturnType> {
  const p = parseParams(GetAssetDetailsParameters, params, "getAssetDetails");
  return call(
    client,
    {
      action: "getAssetDetails",
      method: "GET",
      path: "/api/v1/assetDetails",
      query: { asset_id: p.assetId },
      schema: AssetDetails,
    },
    options,
  );
}
