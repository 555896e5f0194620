import type { FundingRate } from "@perp/core";
import type { CANDLE_INTERVALS, CANDLE_TYPES } from "../../rest/public/getCandles.js";
import type { Candle, PublicTrade } from "../../schemas/index.js";
import type { StreamEnvelope } from "../messages/envelope.js";
import { candlesData, fundingData, priceData, publicTradesData } from "../messages/public.js";

/** Funding is applied hourly (§3.6): the stream's `f` is the rate for one hour. */
export const FUNDING_INTERVAL_MS = 3_600_000;

/** Candle sources of `/candles/{market}/{type}` (§8.5), shared with the REST client. */
export type CandleType = (typeof CANDLE_TYPES)[number];

/** Candle intervals (§3.5), shared with the REST client. */
export type CandleInterval = (typeof CANDLE_INTERVALS)[number];

export type ExtendedPublicTrade = PublicTrade;

export interface ExtendedCandle extends Candle {
  market: string;
  candleType: CandleType;
  interval: CandleInterval;
}

export type PriceKind = "mark" | "index";

export interface ExtendedPrice {
  kind: PriceKind;
  market: string;
  price: string;
  /** Venue time (ms): the price's own time, or the message's when the venue sends 0. */
  timestamp: number;
}

export function decodeTrades(envelope: StreamEnvelope): ExtendedPublicTrade[] {
  return publicTradesData.parse(envelope.data);
}

export function decodeFunding(envelope: StreamEnvelope): FundingRate[] {
  const f = fundingData.parse(envelope.data);
  return [
    {
      symbol: f.market,
      rate: f.fundingRate,
      intervalMs: FUNDING_INTERVAL_MS,
      nextFundingTime: undefined,
      markPrice: undefined,
      indexPrice: undefined,
      timestamp: f.time,
      info: envelope.data,
    },
  ];
}

export function candleDecoder(
  market: string,
  candleType: CandleType,
  interval: CandleInterval,
): (envelope: StreamEnvelope) => ExtendedCandle[] {
  return (envelope) => candlesData.parse(envelope.data).map((c) => ({ ...c, market, candleType, interval }));
}

export function priceDecoder(kind: PriceKind): (envelope: StreamEnvelope) => ExtendedPrice[] {
  return (envelope) => {
    const p = priceData.parse(envelope.data);
    return [{ kind, market: p.m, price: p.p, timestamp: p.ts ? p.ts : envelope.ts }];
  };
}
