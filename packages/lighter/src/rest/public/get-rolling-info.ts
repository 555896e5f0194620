import * as z from "zod/mini";
import { UndocumentedPayload } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetRollingInfoParameters = z.object({
  query: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
export type GetRollingInfoParameters = z.input<typeof GetRollingInfoParameters>;
export type GetRollingInfoReturnType = UndocumentedPayload;

/** `GET /api/v1/rollingInfo`: rolling statistics. The reference lists the endpoint without its parameters or response schema, so extra query parameters pass through and the payload is returned as parsed. */
export async function getRollingInfo(
  client: LighterRestContext,
  params: GetRollingInfoParameters = {},
  options?: LighterCallOptions,
): Promise<GetRollingInfoReturnType> {
  const p = parseParams(GetRollingInfoParameters, params, "getRollingInfo");
  return call(
    client,
    {
      action: "getRollingInfo",
      method: "GET",
      path: "/api/v1/rollingInfo",
      query: p.query ?? {},
      schema: UndocumentedPayload,
    },
    options,
  );
}
