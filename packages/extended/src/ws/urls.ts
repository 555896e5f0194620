import { ValidationError } from "@perp/core";
import { EXTENDED_ENVIRONMENTS, type ExtendedNetwork } from "../rest/environments.js";
import { CANDLE_INTERVALS, CANDLE_TYPES } from "../rest/public/getCandles.js";
import type { ApiKeyTransport } from "./config.js";
import type { CandleInterval, CandleType, PriceKind } from "./public/decoders.js";
import type { OrderBookDepth } from "./public/order-book-stream.js";

/** A stream's address: `path` names it (errors, registry keys), `url` is what the socket opens. */
export interface StreamAddress {
  path: string;
  url: string;
}

/** Builds v1 stream URLs (§8): one path per stream, queries for depth and candle interval. */
export class StreamUrls {
  readonly base: string;

  constructor(network: ExtendedNetwork, streamUrl: string | undefined) {
    const environment = EXTENDED_ENVIRONMENTS[network];
    if (environment === undefined) {
      throw new ValidationError(`network must be "mainnet" or "testnet", got ${JSON.stringify(network)}`, {
        issues: [{ path: ["network"], message: "unknown network" }],
      });
    }
    const base = streamUrl ?? environment.streamBaseUrl;
    if (!/^wss?:\/\//.test(base)) {
      throw new ValidationError(`streamUrl must be a ws:// or wss:// URL, got ${JSON.stringify(base)}`, {
        issues: [{ path: ["streamUrl"], message: "expected a WebSocket URL" }],
      });
    }
    this.base = base.replace(/\/+$/, "");
  }

  orderBook(market: string, depth: OrderBookDepth): StreamAddress {
    const path = `/orderbooks/${segment(market, "market")}`;
    return this.#address(path, depth === 1 ? "?depth=1" : "");
  }

  trades(market: string | undefined): StreamAddress {
    return this.#address(`/publicTrades${optionalSegment(market)}`, "");
  }

  funding(market: string | undefined): StreamAddress {
    return this.#address(`/funding${optionalSegment(market)}`, "");
  }

  candles(market: string, candleType: CandleType, interval: CandleInterval): StreamAddress {
    if (!(CANDLE_TYPES as readonly string[]).includes(candleType)) {
      throw new ValidationError(`candleType must be one of ${CANDLE_TYPES.join(", ")}`, {
        issues: [{ path: ["candleType"], message: "unknown candle type" }],
      });
    }
    if (!(CANDLE_INTERVALS as readonly string[]).includes(interval)) {
      throw new ValidationError(`interval must be one of ${CANDLE_INTERVALS.join(", ")}`, {
        issues: [{ path: ["interval"], message: "unknown interval" }],
      });
    }
    const path = `/candles/${segment(market, "market")}/${candleType}`;
    return this.#address(path, `?interval=${interval}`);
  }

  prices(kind: PriceKind, market: string): StreamAddress {
    return this.#address(`/prices/${kind}/${segment(market, "market")}`, "");
  }

  /** The account stream; with the `query` transport the key rides in the URL (never in `path`). */
  account(apiKey: string, transport: ApiKeyTransport): StreamAddress {
    const query = transport === "query" ? `?X-API-KEY=${encodeURIComponent(apiKey)}` : "";
    return { path: "/account", url: `${this.base}/account${query}` };
  }

  #address(path: string, query: string): StreamAddress {
    return { path: `${path}${query}`, url: `${this.base}${path}${query}` };
  }
}

function segment(value: string, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ValidationError(`${field} must be a non-empty string`, {
      issues: [{ path: [field], message: "expected a non-empty string" }],
    });
  }
  return encodeURIComponent(value);
}

function optionalSegment(market: string | undefined): string {
  return market === undefined ? "" : `/${segment(market, "market")}`;
}
