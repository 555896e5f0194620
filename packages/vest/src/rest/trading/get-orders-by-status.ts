import * as z from "zod/mini";
import type { VestOrder } from "../../schemas/orders.js";
import { statusFilter } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestOrderStatus } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { type GetOrdersParameters, getOrders } from "./get-orders.js";

export interface GetOrdersByStatusParameters extends Omit<GetOrdersParameters, "status"> {
  /** Queried one by one: the venue takes a single status per request. */
  statuses: readonly VestOrderStatus[];
}

export type GetOrdersByStatusReturnType = VestOrder[];

const statusesSchema = z
  .array(statusFilter)
  .check(
    z.minLength(1, { error: "name at least one status" }),
    z.maxLength(5, { error: "at most 5 statuses" }),
  );

/**
 * Orders in any of several statuses: one `GET /orders` per status (in sequence, to stay gentle
 * on the rate limit), merged, deduplicated by id and sorted newest first by `postTime`. The
 * other filters apply to every query; `limit` applies per status.
 */
export async function getOrdersByStatus(
  client: VestRestContext,
  params: GetOrdersByStatusParameters,
  options?: VestCallOptions,
): Promise<GetOrdersByStatusReturnType> {
  const { statuses, ...filters } = params;
  const unique = [...new Set(parseParams(statusesSchema, statuses, "getOrdersByStatus statuses"))];
  // One clock reading for every query, so the pages describe the same moment.
  const time = filters.time ?? client.now();
  const byId = new Map<string, VestOrder>();
  for (const status of unique) {
    for (const row of await getOrders(client, { ...filters, status, time }, options)) byId.set(row.id, row);
  }
  return [...byId.values()].sort((a, b) => b.postTime - a.postTime);
}

/** Resting orders (NEW and PARTIALLY_FILLED), via getOrdersByStatus. */
export async function getOpenOrders(
  client: VestRestContext,
  params: Omit<GetOrdersParameters, "status"> = {},
  options?: VestCallOptions,
): Promise<GetOrdersByStatusReturnType> {
  return getOrdersByStatus(client, { ...params, statuses: ["NEW", "PARTIALLY_FILLED"] }, options);
}
