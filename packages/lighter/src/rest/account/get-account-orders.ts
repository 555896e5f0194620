import * as z from "zod/mini";
import { Orders } from "../../schemas/order.js";
import { accountIndexParam, bigIntParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetAccountOrdersParameters = z.object({
  accountIndex: accountIndexParam,
  /**
   * Client order indexes (1..2^48-1) to look up. Sent as a repeated `client_order_indexes`
   * parameter, as the API does for its other array parameters; the reference does not spell out
   * this one's encoding.
   */
  clientOrderIndexes: z.array(bigIntParam(1n, (1n << 48n) - 1n)).check(z.minLength(1)),
});
export type GetAccountOrdersParameters = z.input<typeof GetAccountOrdersParameters>;
export type GetAccountOrdersReturnType = Orders;

/** `GET /api/v1/accountOrders` (auth): orders of an account by client order index. */
export async function getAccountOrders(
  client: LighterRestContext,
  params: GetAccountOrdersParameters,
  options?: LighterCallOptions,
): Promise<GetAccountOrdersReturnType> {
  const p = parseParams(GetAccountOrdersParameters, params, "getAccountOrders");
  return call(
    client,
    {
      action: "getAccountOrders",
      method: "GET",
      path: "/api/v1/accountOrders",
      query: { account_index: p.accountIndex, client_order_indexes: p.clientOrderIndexes },
      schema: Orders,
      auth: true,
    },
    options,
  );
}
