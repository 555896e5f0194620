import { orders, type VestOrder } from "../../schemas/orders.js";
import { ordersParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestOrderStatus, VestOrderType } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetOrdersParameters {
  /** One id or several (sent comma-separated). */
  id?: string | readonly string[];
  /** Your own nonce: v2 has no client order id, so a unique nonce is the way to correlate. */
  nonce?: number | bigint | string;
  symbol?: string;
  orderType?: VestOrderType;
  /** Exactly one status: a list answers 1130. Use getOrdersByStatus for several. */
  status?: VestOrderStatus;
  startTime?: number;
  endTime?: number;
  /** 1-1000, counted back from endTime. */
  limit?: number;
  /** Epoch ms sent as `time`; default: the client clock. */
  time?: number;
}

export type GetOrdersReturnType = VestOrder[];

/**
 * `GET /orders`: order status and history. Fills show only as the order's `lastFilled*` and
 * `avgFilledPrice` (v2 has no per-fill endpoint); REJECTED orders carry the engine `code`.
 */
export async function getOrders(
  client: VestRestContext,
  params: GetOrdersParameters = {},
  options?: VestCallOptions,
): Promise<GetOrdersReturnType> {
  const p = parseParams(ordersParams, params, "getOrders parameters");
  return vestRequest(
    client,
    {
      method: "GET",
      path: "orders",
      query: {
        id: p.id,
        nonce: p.nonce,
        symbol: p.symbol,
        orderType: p.orderType,
        status: p.status,
        startTime: p.startTime,
        endTime: p.endTime,
        limit: p.limit,
        time: p.time ?? client.now(),
      },
      private: true,
      schema: orders,
    },
    options,
  );
}
