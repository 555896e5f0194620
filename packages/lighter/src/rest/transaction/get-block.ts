import * as z from "zod/mini";
import { Blocks } from "../../schemas/transaction.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetBlockParameters = z.object({
  by: z.enum(["commitment", "height"]),
  value: z.string().check(z.minLength(1)),
});
export type GetBlockParameters = z.input<typeof GetBlockParameters>;
export type GetBlockReturnType = Blocks;

/** `GET /api/v1/block`: a block by height or commitment. */
export async function getBlock(
  client: LighterRestContext,
  params: GetBlockParameters,
  options?: LighterCallOptions,
): Promise<GetBlockReturnType> {
  const p = parseParams(GetBlockParameters, params, "getBlock");
  return call(
    client,
    {
      action: "getBlock",
      method: "GET",
      path: "/api/v1/block",
      query: { by: p.by, value: p.value },
      schema: Blocks,
    },
    options,
  );
}
