import { CANDLE_INTERVALS, CANDLE_TYPES, type CandleType } from "../candles.js";

export const STREAM_PREFIX = "/stream.extended.exchange/v1";

/** One v1 stream: the URL path chooses it (no subscribe messages); no market means all markets. */
export type StreamSpec =
  | { kind: "orderbook"; market: string | undefined; bestOnly: boolean }
  | { kind: "trades"; market: string | undefined }
  | { kind: "funding"; market: string | undefined }
  | { kind: "prices"; priceType: "mark" | "index"; market: string | undefined }
  | { kind: "candles"; market: string; candleType: CandleType; interval: string; intervalMs: number }
  | { kind: "account" };

export type ParsedStream = { spec: StreamSpec } | { error: "unknown-path" | "bad-interval" };

/** Maps a v1 stream URL to its stream, or undefined when the path is not a v1 stream. */
export function parseStreamPath(path: string, query: URLSearchParams): ParsedStream | undefined {
  if (!path.startsWith(`${STREAM_PREFIX}/`)) return undefined;
  const parts = path
    .slice(STREAM_PREFIX.length + 1)
    .split("/")
    .map(decodeURIComponent);
  const [head, a, b, ...rest] = parts;
  const market = a === undefined || a === "" ? undefined : a;
  switch (head) {
    case "orderbooks":
      if (b !== undefined) break;
      return { spec: { kind: "orderbook", market, bestOnly: query.get("depth") === "1" } };
    case "publicTrades":
      if (b !== undefined) break;
      return { spec: { kind: "trades", market } };
    case "funding":
      if (b !== undefined) break;
      return { spec: { kind: "funding", market } };
    case "prices":
      if ((a !== "mark" && a !== "index") || rest.length > 0) break;
      return { spec: { kind: "prices", priceType: a, market: b === undefined || b === "" ? undefined : b } };
    case "candles": {
      if (market === undefined || b === undefined || rest.length > 0) break;
      if (!(CANDLE_TYPES as readonly string[]).includes(b)) break;
      const interval = query.get("interval") ?? "PT1M";
      const intervalMs = CANDLE_INTERVALS[interval];
      if (intervalMs === undefined) return { error: "bad-interval" };
      return { spec: { kind: "candles", market, candleType: b as CandleType, interval, intervalMs } };
    }
    case "account":
      if (a !== undefined) break;
      return { spec: { kind: "account" } };
  }
  return { error: "unknown-path" };
}

/** The market a stream is bound to, if any. */
export function streamMarket(spec: StreamSpec): string | undefined {
  return spec.kind === "account" ? undefined : spec.market;
}
