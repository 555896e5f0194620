import * as z from "zod";
import { idParam } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const cancelOrderParams = z.object({ id: idParam });
export type CancelOrderParameters = z.input<typeof cancelOrderParams>;

/** DELETE /user/order/{id}: asynchronous cancel by venue order id; confirm on the account stream. */
export async function cancelOrder(
  client: ExtendedRestContext,
  params: CancelOrderParameters,
  options?: RequestOptions,
): Promise<void> {
  const p = validateParams(cancelOrderParams, params, "cancelOrder");
  await callApi(
    client,
    {
      action: "cancelOrder",
      method: "DELETE",
      path: `/user/order/${p.id}`,
      private: true,
      schema: z.unknown(),
    },
    options,
  );
}
