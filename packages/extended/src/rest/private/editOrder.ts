import { ValidationError } from "@perp/core";
import { type PlacedOrder, placedOrder } from "../../schemas/trading.js";
import type { OrderRequestBody, SignedOrder, StarkSigner } from "../../signing/index.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { type OrderIntent, orderBodyOf } from "./signed-order.js";

export type EditOrderParameters =
  /** A replacement already signed with signReplacementOrder (its body carries cancelId). */
  | { order: OrderRequestBody | SignedOrder; signer?: undefined; cancelId?: undefined }
  /** Signed here: a complete new order replacing the one whose external id is `cancelId`. */
  | { signer: StarkSigner; cancelId: string; order: Omit<OrderIntent, "cancelId"> };
export type EditOrderReturnType = PlacedOrder;

/**
 * Edit = cancel-replace: POST /user/order with a complete new signed order whose `cancelId` is the
 * old order's external id. If REST validation fails the original stays; if the engine rejects the
 * new order, both end up cancelled (venue behaviour).
 */
export async function editOrder(
  client: ExtendedRestContext,
  params: EditOrderParameters,
  options?: RequestOptions,
): Promise<EditOrderReturnType> {
  const body =
    params.signer === undefined
      ? orderBodyOf(client, { order: params.order }, "editOrder")
      : orderBodyOf(client, { signer: params.signer, order: params.order }, "editOrder", params.cancelId);
  if (body.cancelId === undefined) {
    throw new ValidationError("Invalid editOrder parameters: the replacement order has no cancelId", {
      venue: "extended",
      issues: [{ path: ["cancelId"], message: "required: external id of the order to replace" }],
    });
  }
  const { data } = await callApi(
    client,
    {
      action: "editOrder",
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
