import * as z from "zod";
import { candle, decimal, fundingRate, publicTrade, timestampMs } from "../../schemas/index.js";

/** One book level: price, size, and on deltas `c`, the level's absolute size after the change. */
const level = z.object({
  p: z.string(),
  q: z.string(),
  c: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type WireLevel = z.output<typeof level>;

/** `/orderbooks/{market}` data (§8.2). */
export const orderBookData = z.object({
  m: z.string(),
  t: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  d: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => v ?? undefined),
  b: z.array(level),
  a: z.array(level),
});
export type OrderBookData = z.output<typeof orderBookData>;

/** `/publicTrades/{market}` data: a batch of trades (§8.3). */
export const publicTradesData = z.array(publicTrade);

/** `/funding/{market}` data: one applied hourly rate (§8.4). */
export const fundingData = fundingRate;

/** `/candles/{market}/{type}` data (§8.5). */
export const candlesData = z.array(candle);

/** `/prices/{mark|index}/{market}` data (§8.6); live mark samples carry `ts: 0`. */
export const priceData = z.object({
  m: z.string(),
  p: decimal,
  ts: timestampMs.nullish().transform((v) => v ?? undefined),
});
export type PriceData = z.output<typeof priceData>;
