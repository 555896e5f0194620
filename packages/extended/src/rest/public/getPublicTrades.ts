import * as z from "zod";
import { marketName } from "../../schemas/params.js";
import { type PublicTrade, publicTrade } from "../../schemas/public-data.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getPublicTradesParams = z.object({ market: marketName });
export type GetPublicTradesParameters = z.input<typeof getPublicTradesParams>;
export type GetPublicTradesReturnType = PublicTrade[];

/** GET /info/markets/{market}/trades: recent public trades, `side` is the taker's. */
export async function getPublicTrades(
  client: ExtendedRestContext,
  params: GetPublicTradesParameters,
  options?: RequestOptions,
): Promise<GetPublicTradesReturnType> {
  const p = validateParams(getPublicTradesParams, params, "getPublicTrades");
  const { data } = await callApi(
    client,
    {
      action: "getPublicTrades",
      method: "GET",
      path: `/info/markets/${segment(p.market)}/trades`,
      private: false,
      schema: z.array(publicTrade),
    },
    options,
  );
  return data;
}
