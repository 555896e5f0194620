import * as z from "zod";
import { positiveDecimalParam } from "../../schemas/params.js";
import { untypedData } from "../../schemas/public-data.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getBridgeQuoteParams = z.object({
  chainIn: z.string().min(1),
  chainOut: z.string().min(1),
  amount: positiveDecimalParam,
});
export type GetBridgeQuoteParameters = z.input<typeof getBridgeQuoteParams>;
/** The quote as parsed JSON (field set not documented in the reference). */
export type GetBridgeQuoteReturnType = unknown;

/** GET /user/bridge/quote?chainIn=&chainOut=&amount= (answered with or without the envelope). */
export async function getBridgeQuote(
  client: ExtendedRestContext,
  params: GetBridgeQuoteParameters,
  options?: RequestOptions,
): Promise<GetBridgeQuoteReturnType> {
  const p = validateParams(getBridgeQuoteParams, params, "getBridgeQuote");
  const { data } = await callApi(
    client,
    {
      action: "getBridgeQuote",
      method: "GET",
      path: "/user/bridge/quote",
      query: { chainIn: p.chainIn, chainOut: p.chainOut, amount: p.amount },
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
