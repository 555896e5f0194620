import type * as z from "zod";
import { rfqParams } from "../../schemas/order-request.js";
import { type PlacedOrder, placedOrder } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { type OrderSource, orderBodyOf } from "./signed-order.js";

export type CreateRfqOrderParameters = OrderSource & { rfq?: z.input<typeof rfqParams> };
export type CreateRfqOrderReturnType = PlacedOrder;

/** POST /user/order/rfq: orders on `isRfq` markets (same body as createOrder plus optional `rfq`). */
export async function createRfqOrder(
  client: ExtendedRestContext,
  params: CreateRfqOrderParameters,
  options?: RequestOptions,
): Promise<CreateRfqOrderReturnType> {
  const body = orderBodyOf(client, params, "createRfqOrder");
  const rfq = params.rfq === undefined ? undefined : validateParams(rfqParams, params.rfq, "createRfqOrder");
  const { data } = await callApi(
    client,
    {
      action: "createRfqOrder",
      method: "POST",
      path: "/user/order/rfq",
      json: rfq === undefined ? body : { ...body, rfq },
      private: true,
      schema: placedOrder,
    },
    options,
  );
  return data;
}
