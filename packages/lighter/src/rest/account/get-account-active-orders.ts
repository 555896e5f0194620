import * as z from "zod/mini";
import { Orders } from "../../schemas/order.js";
import { accountIndexParam, MARKET_TYPES, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountActiveOrdersParameters = z.object({
  accountIndex: accountIndexParam,
  /** 255 (default) = all markets. */
  marketId: z.optional(marketIdParam),
  marketType: z.optional(z.enum(MARKET_TYPES)),
});
export type GetAccountActiveOrdersParameters = z.input<typeof GetAccountActiveOrdersParameters>;
export type GetAccountActiveOrdersReturnType = Orders;

/** `GET /api/v1/accountActiveOrders` (auth): open orders of an account. */
export async function getAccountActiveOrders(
  client: LighterRestContext,
  params: GetAccountActiveOrdersParameters,
  options?: LighterCallOptions,
): Promise<GetAccountActiveOrdersReturnType> {
  const p = parseParams(GetAccountActiveOrdersParameters, params, "getAccountActiveOrders");
  return call(
    client,
    {
      action: "getAccountActiveOrders",
      method: "GET",
      path: "/api/v1/accountActiveOrders",
      query: { account_index: p.accountIndex, market_id: p.marketId, market_type: p.marketType },
      schema: Orders,
      auth: true,
    },
    options,
  );
}
