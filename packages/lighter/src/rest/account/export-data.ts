import * as z from "zod/mini";
import { ExportData } from "../../schemas/account.js";
import { accountIndexParam, marketIdParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const ExportDataParameters = z.object({
  type: z.enum(["funding", "trade"]),
  accountIndex: z.optional(accountIndexParam),
  marketId: z.optional(marketIdParam),
});
export type ExportDataParameters = z.input<typeof ExportDataParameters>;
export type ExportDataReturnType = ExportData;

/** `GET /api/v1/export` (auth): starts a funding or trade export and returns the URL to fetch it from. */
export async function exportData(
  client: LighterRestContext,
  params: ExportDataParameters,
  options?: LighterCallOptions,
): Promise<ExportDataReturnType> {
  const p = parseParams(ExportDataParameters, params, "exportData");
  return call(
    client,
    {
      action: "exportData",
      method: "GET",
      path: "/api/v1/export",
      query: { type: p.type, account_index: p.accountIndex, market_id: p.marketId },
      schema: ExportData,
      auth: true,
    },
    options,
  );
}
