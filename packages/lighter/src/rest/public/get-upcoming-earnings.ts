import * as z from "zod/mini";
import { UndocumentedPayload } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const GetUpcomingEarningsParameters = z.object({
  query: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
export type GetUpcomingEarningsParameters = z.input<typeof GetUpcomingEarningsParameters>;
export type GetUpcomingEarningsReturnType = UndocumentedPayload;

/** `GET /api/v1/upcomingEarnings`: upcoming earnings dates of listed equities. The reference lists the endpoint without its parameters or response schema, so extra query parameters pass through and the payload is returned as parsed. */
export async function getUpcomingEarnings(
  client: LighterRestContext,
  params: GetUpcomingEarningsParameters = {},
  options?: LighterCallOptions,
): Promise<GetUpcomingEarningsReturnType> {
  const p = parseParams(GetUpcomingEarningsParameters, params, "getUpcomingEarnings");
  return call(
    client,
    {
      action: "getUpcomingEarnings",
      method: "GET",
      path: "/api/v1/upcomingEarnings",
      query: p.query ?? {},
      schema: UndocumentedPayload,
    },
    options,
  );
}
