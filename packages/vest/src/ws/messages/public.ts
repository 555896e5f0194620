import { ValidationError } from "@perp/core";
import * as z from "zod/mini";
import { depth, kline, trade } from "../../schemas/market.js";
import { decimal, epochMillis, nullableDecimal } from "../../schemas/primitives.js";

/*
 * Public channel payloads (§5.5). The field schemas are the REST client's, so a WS price and a
 * REST price come out in the same normalized form. WS-only differences: kline `numTrades` is a
 * string (the REST kline schema already accepts both), a trade frame may carry one trade or an
 * array, and v3-era frames add `tsMs` and a trade `side`.
 */

/** `{symbol}@depth`: the whole book in every frame (§5.6). `tsMs` exists on v3-era frames only. */
export const depthFrame = z.extend(depth, { tsMs: z.optional(epochMillis) });
export type VestDepthFrame = z.infer<typeof depthFrame>;

const streamTrade = z.extend(trade, { side: z.optional(z.enum(["buy", "sell"])) });
/** `{symbol}@trades`: one trade per the docs; an array is accepted too. */
export const tradesFrame = z.union([z.array(streamTrade), streamTrade]);
export type VestTradeFrame = z.infer<typeof streamTrade>;

export const klineFrame = kline;
export type VestKlineFrame = z.infer<typeof klineFrame>;

/** One row of the `tickers` channel. Status is kept as text: a new status must not break the feed. */
export const tickerRow = z.object({
  symbol: z.string(),
  markPrice: decimal,
  indexPrice: decimal,
  oneHrFundingRate: decimal,
  cumFunding: z.optional(nullableDecimal),
  imbalance: z.optional(nullableDecimal),
  priceChange: z.optional(nullableDecimal),
  priceChangePercent: z.optional(nullableDecimal),
  status: z.optional(z.string()),
});
export const tickersFrame = z.array(tickerRow);
export type VestTickerRow = z.infer<typeof tickerRow>;

/** Parses a payload or throws a ValidationError naming the channel and the failing fields. */
export function parsePayload<T>(schema: z.ZodMiniType<T>, data: unknown, channel: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ValidationError(`Unreadable "${channel}" frame from Vest`, {
    venue: "vest",
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: issue.message,
    })),
  });
}
