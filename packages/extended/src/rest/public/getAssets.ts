import * as z from "zod";
import { type Asset, asset } from "../../schemas/public-data.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getAssetsParams = z
  .object({
    asset: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .transform((v) => (typeof v === "string" ? [v] : v))
      .optional(),
    collateral: z.boolean().optional(),
  })
  .optional();
export type GetAssetsParameters = z.input<typeof getAssetsParams>;
export type GetAssetsReturnType = Asset[];

/** GET /info/assets: assets with their Stark ids and resolutions. */
export async function getAssets(
  client: ExtendedRestContext,
  params: GetAssetsParameters = {},
  options?: RequestOptions,
): Promise<GetAssetsReturnType> {
  const p = validateParams(getAssetsParams, params, "getAssets") ?? {};
  const { data } = await callApi(
    client,
    {
      action: "getAssets",
      method: "GET",
      path: "/info/assets",
      query: { asset: p.asset, collateral: p.collateral },
      private: false,
      schema: z.array(asset),
    },
    options,
  );
  return data;
}
