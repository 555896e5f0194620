import { isZeroDecimal } from "@perp/core";
import * as z from "zod/mini";
import { account, type VestAccount } from "../../schemas/account.js";
import { epochMillis } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetAccountParameters {
  /** Epoch ms sent as `time`; default: the client clock. */
  time?: number;
  /** Keep zero-size position rows, which the venue sometimes returns. Default false. */
  includeEmptyPositions?: boolean;
}

export type GetAccountReturnType = VestAccount;

const paramsSchema = z.strictObject({
  time: z.optional(epochMillis),
  includeEmptyPositions: z.optional(z.boolean({ error: "must be a boolean" })),
});

/**
 * `GET /account`: balances, margin, positions, leverage settings and LP shares. This is the only
 * source of positions and balances (the stream has no position or balance events): re-read it
 * after fills. The `time` field of the answer is server time, useful to detect clock skew.
 */
export async function getAccount(
  client: VestRestContext,
  params: GetAccountParameters = {},
  options?: VestCallOptions,
): Promise<GetAccountReturnType> {
  const p = parseParams(paramsSchema, params, "getAccount parameters");
  const result = await vestRequest(
    client,
    {
      method: "GET",
      path: "account",
      query: { time: p.time ?? client.now() },
      private: true,
      schema: account,
    },
    options,
  );
  if (p.includeEmptyPositions === true) return result;
  return { ...result, positions: result.positions.filter((position) => !isZeroDecimal(position.size)) };
}
