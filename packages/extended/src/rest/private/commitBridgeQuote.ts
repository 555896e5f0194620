import * as z from "zod";
import { untypedData } from "../../schemas/public-data.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export const commitBridgeQuoteParams = z.object({ id: z.string().min(1) });
export type CommitBridgeQuoteParameters = z.input<typeof commitBridgeQuoteParams>;
export type CommitBridgeQuoteReturnType = unknown;

/** POST /user/bridge/quote?id=: commit a bridge quote before the bridged withdrawal. */
export async function commitBridgeQuote(
  client: ExtendedRestContext,
  params: CommitBridgeQuoteParameters,
  options?: RequestOptions,
): Promise<CommitBridgeQuoteReturnType> {
  const p = validateParams(commitBridgeQuoteParams, params, "commitBridgeQuote");
  const { data } = await callApi(
    client,
    {
      action: "commitBridgeQuote",
      method: "POST",
      path: "/user/bridge/quote",
      query: { id: p.id },
      private: true,
      schema: untypedData,
    },
    options,
  );
  return data;
}
