import * as z from "zod/mini";
import { int64Param, limitParam } from "../../schemas/params.js";
import { Blocks } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetBlocksParameters = z.object({
  limit: limitParam(100),
  index: z.optional(int64Param),
  sort: z.optional(z.enum(["asc", "desc"])),
});
export type GetBlocksParameters = z.input<typeof GetBlocksParameters>;
export type GetBlocksReturnType = Blocks;

/** `GET /api/v1/blocks`: blocks from height `index` on, ascending (default) or descending. */
export async function getBlocks(
  client: LighterRestContext,
  params: GetBlocksParameters,
  options?: LighterCallOptions,
): Promise<GetBlocksReturnType> {
  const p = parseParams(GetBlocksParameters, params, "getBlocks");
  return call(
    client,
    {
      action: "getBlocks",
      method: "GET",
      path: "/api/v1/blocks",
      query: { limit: p.limit, index: p.index, sort: p.sort },
      schema: Blocks,
    },
    options,
  );
}
