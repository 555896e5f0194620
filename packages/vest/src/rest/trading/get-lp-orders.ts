import { lpOrders, type VestLpOrder } from "../../schemas/orders.js";
import { lpOrdersParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestLpType, VestOrderStatus } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetLpOrdersParameters {
  id?: string | readonly string[];
  nonce?: number | bigint | string;
  orderType?: VestLpType;
  status?: VestOrderStatus;
  startTime?: number;
  endTime?: number;
  limit?: number;
  /** Epoch ms sent as `time`; default: the client clock. */
  time?: number;
}

export type GetLpOrdersReturnType = VestLpOrder[];

/** `GET /lp`: LP deposits and withdrawals. */
export async function getLpOrders(
  client: VestRestContext,
  params: GetLpOrdersParameters = {},
  options?: VestCallOptions,
): Promise<GetLpOrdersReturnType> {
  const p = parseParams(lpOrdersParams, params, "getLpOrders parameters");
  return vestRequest(
    client,
    {
      method: "GET",
      path: "lp",
      query: {
        id: p.id,
        nonce: p.nonce,
        orderType: p.orderType,
        status: p.status,
        startTime: p.startTime,
        endTime: p.endTime,
        limit: p.limit,
        time: p.time ?? client.now(),
      },
      private: true,
      schema: lpOrders,
    },
    options,
  );
}
