import * as z from "zod";
import { externalIdParam } from "../../schemas/params.js";
import { type Order, order } from "../../schemas/trading.js";
import { callApi, segment, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getOrdersByExternalIdParams = z.object({ externalId: externalIdParam });
export type GetOrdersByExternalIdParameters = z.input<typeof getOrdersByExternalIdParams>;
/** The venue answers with an array (a replaced order and its replacement can share history). */
export type GetOrdersByExternalIdReturnType = Order[];

/** GET /user/orders/external/{externalId}: reconcile an order placed while disconnected. */
export async function getOrdersByExternalId(
  client: ExtendedRestContext,
  params: GetOrdersByExternalIdParameters,
  options?: RequestOptions,
): Promise<GetOrdersByExternalIdReturnType> {
  const p = validateParams(getOrdersByExternalIdParams, params, "getOrdersByExternalId");
  const { data } = await callApi(
    client,
    {
      action: "getOrdersByExternalId",
      method: "GET",
      path: `/user/orders/external/${segment(p.externalId)}`,
      private: true,
      schema: z.array(order),
    },
    options,
  );
  return data;
}
