import * as z from "zod";
import { externalIdParam, idParam, marketName } from "../../schemas/params.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const massCancelParams = z
  .object({
    orderIds: z.array(idParam).min(1).optional(),
    externalOrderIds: z.array(externalIdParam).min(1).optional(),
    markets: z.array(marketName).min(1).optional(),
    cancelAll: z.literal(true).optional(),
  })
  .refine(
    (p) =>
      p.orderIds !== undefined ||
      p.externalOrderIds !== undefined ||
      p.markets !== undefined ||
      p.cancelAll !== undefined,
    "give orderIds, externalOrderIds, markets or cancelAll: true",
  );
export type MassCancelParameters = z.input<typeof massCancelParams>;

/** POST /user/order/massCancel: asynchronous bulk cancel. Order ids go out as exact JSON integers. */
export async function massCancel(
  client: ExtendedRestContext,
  params: MassCancelParameters,
  options?: RequestOptions,
): Promise<void> {
  const p = validateParams(massCancelParams, params, "massCancel");
  const body: Record<string, unknown> = {};
  if (p.orderIds !== undefined) body.orderIds = p.orderIds.map((id) => BigInt(id));
  if (p.externalOrderIds !== undefined) body.externalOrderIds = p.externalOrderIds;
  if (p.markets !== undefined) body.markets = p.markets;
  if (p.cancelAll !== undefined) body.cancelAll = true;
  await callApi(
    client,
    {
      action: "massCancel",
      method: "POST",
      path: "/user/order/massCancel",
      json: body,
      private: true,
      schema: z.unknown(),
    },
    options,
  );
}
