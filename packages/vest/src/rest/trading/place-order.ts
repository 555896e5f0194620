import { signedOrderBody } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import { idAck, type VestIdAck } from "../../schemas/primitives.js";
import type { OrderBody, SignedRequest } from "../../signing/index.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

/** The `signOrder` output, sent unchanged (its strings are the signed strings). */
export type PlaceOrderParameters = SignedRequest<OrderBody>;

export type PlaceOrderReturnType = VestIdAck;

/**
 * `POST /orders`. The answer `{id}` means "accepted for processing", not filled and not even
 * valid: engine rejections (margin 3002, price 3001, OI cap 3010, …) arrive afterwards as a
 * REJECTED order with a `code`, on the private stream's ORDER events and in `GET /orders?id=`.
 * Adapters track the id through the stream (or poll `getOrder`) and turn a rejection code into
 * an error with `vestError(code)`. MARKET orders carry `limitPrice` as their worst acceptable
 * price; sign them with one. Sent exactly once: a blind resend could double the order.
 */
export async function placeOrder(
  client: VestRestContext,
  params: PlaceOrderParameters,
  options?: VestCallOptions,
): Promise<PlaceOrderReturnType> {
  // Validated, then sent as given: the strict schema admits no extra field, and key order is kept.
  parseParams(signedOrderBody, params, "signed order");
  return vestRequest(
    client,
    { method: "POST", path: "orders", json: params, private: true, schema: idAck },
    options,
  );
}
