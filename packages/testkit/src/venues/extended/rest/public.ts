import type { SimHttpResponse } from "../../../server/index.js";
import { CANDLE_INTERVALS, CANDLE_TYPES, type CandleType } from "../candles.js";
import { badRequest, ErrorCode, notFound, ok } from "../envelope.js";
import { COLLATERAL_ID, COLLATERAL_RESOLUTION } from "../markets.js";
import { renderMarket, renderMarketStats, renderPublicTrade } from "../render.js";
import { invalidRequest, marketFilter, paginate, queryInteger, type RestContext } from "./context.js";

/** Public market data (no API key). */

function knownMarket(c: RestContext, name: string): string {
  if (!c.venue.markets.has(name)) throw notFound("Market not found");
  return name;
}

export function getMarkets(c: RestContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  return ok([...c.venue.markets.values()].filter((m) => wanted(m.name)).map((m) => renderMarket(c.venue, m)));
}

export function getMarketStats(c: RestContext, market: string): SimHttpResponse {
  return ok(renderMarketStats(c.venue, knownMarket(c, market)));
}

export function getOrderBook(c: RestContext, market: string): SimHttpResponse {
  const book = c.venue.engine.book(knownMarket(c, market))!;
  const level = (l: { price: string; size: string }) => ({ qty: l.size, price: l.price });
  return ok({ market, bid: book.bids.map(level), ask: book.asks.map(level) });
}

export function getPublicTrades(c: RestContext, market: string): SimHttpResponse {
  const limit = queryInteger(c.request, "limit", 50) ?? 50;
  return ok(c.venue.engine.recentTrades(knownMarket(c, market), limit).map(renderPublicTrade));
}

export function getCandles(c: RestContext, market: string, type: string): SimHttpResponse {
  knownMarket(c, market);
  if (!(CANDLE_TYPES as readonly string[]).includes(type))
    throw invalidRequest(`unknown candle type ${type}`);
  const interval = c.request.query.get("interval") ?? "";
  const intervalMs = CANDLE_INTERVALS[interval];
  if (intervalMs === undefined) throw badRequest(ErrorCode.NotSupportedInterval, "Not supported interval");
  const limit = queryInteger(c.request, "limit");
  if (limit === undefined) throw invalidRequest("limit is required");
  const endTime = queryInteger(c.request, "endTime");
  const series = c.venue.candles.get(market)!.series(type as CandleType);
  return ok(series.candles(intervalMs, Math.min(limit, 10_000), endTime));
}

function timeRange(c: RestContext): { start: number; end: number } {
  const start = queryInteger(c.request, "startTime");
  const end = queryInteger(c.request, "endTime");
  if (start === undefined || end === undefined) throw invalidRequest("startTime and endTime are required");
  return { start, end };
}

export function getFundingRates(c: RestContext, market: string): SimHttpResponse {
  knownMarket(c, market);
  const { start, end } = timeRange(c);
  const records = c.venue.marketFunding(market).filter((r) => r.time >= start && r.time <= end);
  const page = paginate(c.request, records, (r) => BigInt(r.time));
  return ok(
    page.items.map((r) => ({ m: r.market, T: r.time, f: r.rate })),
    page.pagination,
  );
}

export function getOpenInterests(c: RestContext, market: string): SimHttpResponse {
  knownMarket(c, market);
  const interval = c.request.query.get("interval");
  if (interval !== "P1H" && interval !== "P1D" && interval !== "PT1H") {
    throw badRequest(ErrorCode.NotSupportedInterval, "Not supported interval");
  }
  const { start, end } = timeRange(c);
  const limit = Math.min(queryInteger(c.request, "limit", 300) ?? 300, 300);
  let samples = c.venue.openInterestHistory(market).filter((s) => s.t >= start && s.t <= end);
  if (interval === "P1D") {
    const seen = new Set<number>();
    samples = samples.filter((s) => {
      const day = Math.floor(s.t / 86_400_000);
      if (seen.has(day)) return false;
      seen.add(day);
      return true;
    });
  }
  return ok(samples.slice(0, limit));
}

export function getAssets(c: RestContext): SimHttpResponse {
  const assets = [
    {
      id: 1,
      name: "USD",
      symbol: "USD",
      precision: 6,
      isActive: true,
      isCollateral: true,
      starkexId: COLLATERAL_ID,
      starkexResolution: COLLATERAL_RESOLUTION,
      type: "SPOT",
      canBeUsedAsCollateral: true,
    },
    ...[...c.venue.markets.values()].map((m, i) => ({
      id: i + 2,
      name: m.assetName,
      symbol: m.assetName,
      precision: m.assetPrecision,
      isActive: true,
      isCollateral: false,
      starkexId: m.l2Config.syntheticId,
      starkexResolution: m.l2Config.syntheticResolution,
      type: "PERPETUAL",
      canBeUsedAsCollateral: false,
    })),
  ];
  const wanted = c.request.query.getAll("asset");
  return ok(assets.filter((a) => wanted.length === 0 || wanted.includes(a.name)));
}

export function getStarknetDomain(c: RestContext): SimHttpResponse {
  const d = c.rules.domain;
  return ok({ name: d.name, version: d.version, chainId: d.chainId, revision: d.revision });
}
