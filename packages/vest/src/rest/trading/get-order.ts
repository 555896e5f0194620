import type { VestOrder } from "../../schemas/orders.js";
import { orderId } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { getOrders } from "./get-orders.js";

export interface GetOrderParameters {
  /** The id `placeOrder` returned. */
  id: string;
  time?: number;
}

export type GetOrderReturnType = VestOrder | undefined;

/**
 * One order by id (`GET /orders?id=`), or undefined when the venue does not list it (yet): an
 * accepted POST can take a moment to show up. Use it to learn whether an order was rejected
 * after its POST succeeded, or what a 3017 cancel answer meant.
 */
export async function getOrder(
  client: VestRestContext,
  params: GetOrderParameters,
  options?: VestCallOptions,
): Promise<GetOrderReturnType> {
  const id = parseParams(orderId, params.id, "order id");
  const rows = await getOrders(
    client,
    { id, ...(params.time === undefined ? {} : { time: params.time }) },
    options,
  );
  return rows.find((row) => row.id === id);
}
