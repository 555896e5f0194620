import * as z from "zod";
import { externalIdParam } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const cancelOrderByExternalIdParams = z.object({ externalId: externalIdParam });
export type CancelOrderByExternalIdParameters = z.input<typeof cancelOrderByExternalIdParams>;

/** DELETE /user/order?externalId=…: asynchronous cancel by the id the order was placed with. */
export async function cancelOrderByExternalId(
  client: ExtendedRestContext,
  params: CancelOrderByExternalIdParameters,
  options?: RequestOptions,
): Promise<void> {
  const p = validateParams(cancelOrderByExternalIdParams, params, "cancelOrderByExternalId");
  await callApi(
    client,
    {
      action: "cancelOrderByExternalId",
      method: "DELETE",
      path: "/user/order",
      query: { externalId: p.externalId },
      private: true,
      schema: z.unknown(),
    },
    options,
  );
}
