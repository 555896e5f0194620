import * as z from "zod";
import { cursorParam, limitParam, timeParam } from "../../schemas/params.js";
import { type AssetOperation, assetOperation } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, Page, RequestOptions } from "../context.js";

export const ASSET_OPERATION_TYPES = [
  "DEPOSIT",
  "WITHDRAWAL",
  "TRANSFER",
  "CLAIM",
  "FAST_WITHDRAWAL",
  "SLOW_WITHDRAWAL",
] as const;
export const ASSET_OPERATION_STATUSES = [
  "CREATED",
  "IN_PROGRESS",
  "COMPLETED",
  "REJECTED",
  "READY_FOR_CLAIM",
] as const;

export const getAssetOperationsParams = z
  .object({
    type: z.enum(ASSET_OPERATION_TYPES).optional(),
    status: z.enum(ASSET_OPERATION_STATUSES).optional(),
    startTime: timeParam.optional(),
    endTime: timeParam.optional(),
    id: z.string().min(1).optional(),
    cursor: cursorParam.optional(),
    limit: limitParam.optional(),
  })
  .optional();
export type GetAssetOperationsParameters = z.input<typeof getAssetOperationsParams>;
export type GetAssetOperationsReturnType = Page<AssetOperation>;

/** GET /user/assetOperations: deposits, withdrawals, transfers and claims, 50 per page. */
export async function getAssetOperations(
  client: ExtendedRestContext,
  params: GetAssetOperationsParameters = {},
  options?: RequestOptions,
): Promise<GetAssetOperationsReturnType> {
  const p = validateParams(getAssetOperationsParams, params, "getAssetOperations") ?? {};
  const { data, pagination } = await callApi(
    client,
    {
      action: "getAssetOperations",
      method: "GET",
      path: "/user/assetOperations",
      query: { ...p },
      private: true,
      schema: z.array(assetOperation),
    },
    options,
  );
  return { items: data, cursor: pagination?.cursor, count: pagination?.count };
}
