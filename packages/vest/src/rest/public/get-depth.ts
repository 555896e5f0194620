import { compareDecimal } from "@perp/core";
import { depth, type VestDepth } from "../../schemas/market.js";
import { depthParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetDepthParameters {
  symbol: string;
  /** Levels per side, 1-100 (venue default 20). */
  limit?: number;
}

export type GetDepthReturnType = VestDepth;

/**
 * `GET /depth`: a full book snapshot, re-sorted (bids descending, asks ascending) because the
 * venue does not promise an order. There is no sequence number; the book is the house's quote
 * ladder, re-quoted every few hundred milliseconds. Public.
 */
export async function getDepth(
  client: VestRestContext,
  params: GetDepthParameters,
  options?: VestCallOptions,
): Promise<GetDepthReturnType> {
  const p = parseParams(depthParams, params, "getDepth parameters");
  const book = await vestRequest(
    client,
    { method: "GET", path: "depth", query: { symbol: p.symbol, limit: p.limit }, schema: depth },
    options,
  );
  return {
    bids: book.bids.sort((a, b) => compareDecimal(b[0], a[0])),
    asks: book.asks.sort((a, b) => compareDecimal(a[0], b[0])),
  };
}
