import * as z from "zod";
import { idParam } from "../../schemas/params.js";
import { type Order, order } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const getOrderByIdParams = z.object({ id: idParam });
export type GetOrderByIdParameters = z.input<typeof getOrderByIdParams>;
export type GetOrderByIdReturnType = Order;

/** GET /user/orders/{id}. An unknown id raises NotFoundError. */
export async function getOrderById(
  client: ExtendedRestContext,
  params: GetOrderByIdParameters,
  options?: RequestOptions,
): Promise<GetOrderByIdReturnType> {
  const p = validateParams(getOrderByIdParams, params, "getOrderById");
  const { data } = await callApi(
    client,
    { action: "getOrderById", method: "GET", path: `/user/orders/${p.id}`, private: true, schema: order },
    options,
  );
  return data;
}
