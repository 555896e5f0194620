import * as z from "zod";
import { decimal } from "../../schemas/primitives.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getAssetPriceParams = z.object({ asset: z.string().min(1) });
export type GetAssetPriceParameters = z.input<typeof getAssetPriceParams>;
/** The price as a decimal string. */
export type GetAssetPriceReturnType = string;

/** GET /info/assets/{asset}/price. */
export async function getAssetPrice(
  client: ExtendedRestContext,
  params: GetAssetPriceParameters,
  options?: RequestOptions,
): Promise<GetAssetPriceReturnType> {
  const p = validateParams(getAssetPriceParams, params, "getAssetPrice");
  const { data } = await callApi(
    client,
    {
      action: "getAssetPrice",
      method: "GET",
      path: `/info/assets/${segment(p.asset)}/price`,
      private: false,
      schema: decimal,
    },
    options,
  );
  return data;
}
