import * as z from "zod/mini";
import { UndocumentedPayload } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetStockFinancialsParameters = z.object({
  query: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
export type GetStockFinancialsParameters = z.input<typeof GetStockFinancialsParameters>;
export type GetStockFinancialsReturnType = UndocumentedPayload;

/** `GET /api/v1/stockFinancials`: financial data of listed equities. The reference lists the endpoint without its parameters or response schema, so extra query parameters pass through and the payload is returned as parsed. */
export async function getStockFinancials(
  client: LighterRestContext,
  params: GetStockFinancialsParameters = {},
  options?: LighterCallOptions,
): Promise<GetStockFinancialsReturnType> {
  const p = parseParams(GetStockFinancialsParameters, params, "getStockFinancials");
  return call(
    client,
    {
      action: "getStockFinancials",
      method: "GET",
      path: "/api/v1/stockFinancials",
      query: p.query ?? {},
      schema: UndocumentedPayload,
    },
    options,
  );
}
