import { type PlacedOrder, placedOrder } from "../../schemas/trading.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { type OrderSource, orderBodyOf } from "./signed-order.js";

export type CreateOrderParameters = OrderSource;
export type CreateOrderReturnType = PlacedOrder;

/**
 * POST /user/order. Give either a signed order (`signOrder(...)` or its `.body`) or a StarkSigner
 * plus an order intent, which is signed here under the client's domain. Placement is asynchronous:
 * OK means accepted by the REST layer; rejections arrive on the account stream.
 */
export async function createOrder(
  client: ExtendedRestContext,
  params: CreateOrderParameters,
  options?: RequestOptions,
): Promise<CreateOrderReturnType> {
  const body = orderBodyOf(client, params, "createOrder");
  const { data } = await callApi(
    client,
    {
      action: "createOrder",
      method: "POST",
      path: "/user/order",
      json: body,
      private: true,
      schema: placedOrder,
    },
    options,
  );
  return data;
}
