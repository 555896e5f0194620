/**
 * Lighter markets as unified Markets, and the lookups between symbols ("ETH"), market indexes
 * (0) and the scaling each market signs with.
 */
import { divDecimal, type Market, ValidationError } from "@perp/core";
import type { LighterMarketScale } from "../rest/scaling.js";
import type { PerpsOrderBookDetail } from "../schemas/market.js";

/** One market with what the adapter needs to sign orders for it. */
export interface LighterMarketInfo {
  market: Market;
  marketId: number;
  scale: LighterMarketScale;
  /** Smallest initial margin fraction (1e-4 units): the highest leverage is 10000 / this. */
  minInitialMarginFraction: number | undefined;
  markPrice: string | undefined;
  indexPrice: string | undefined;
}

const MARGIN_FRACTION_TICK = 10_000;

function unit(decimals: number): string {
  return decimals === 0 ? "1" : `0.${"0".repeat(decimals - 1)}1`;
}

/** `orderBookDetails` fees are percentages ("0.0280" = 2.8 bp); unified fees are fractions. */
function feeFraction(percent: string | undefined): string | undefined {
  if (percent === undefined) return undefined;
  return trimZeros(divDecimal(percent, "100", 12, "half-even"));
}

function trimZeros(text: string): string {
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}

export function toMarketInfo(detail: PerpsOrderBookDetail): LighterMarketInfo {
  const minFraction = detail.min_initial_margin_fraction;
  const active = detail.status === "active";
  const reduceOnly = detail.market_config?.force_reduce_only === true;
  return {
    marketId: detail.market_id,
    scale: { size_decimals: detail.size_decimals, price_decimals: detail.price_decimals },
    minInitialMarginFraction: minFraction,
    markPrice: detail.mark_price,
    indexPrice: detail.index_price,
    market: {
      symbol: detail.symbol,
      venueId: String(detail.market_id),
      base: detail.symbol,
      quote: "USD",
      settle: "USDC",
      contractType: "perpetual",
      status: !active ? "paused" : reduceOnly ? "reduce-only" : "active",
      active: active && !reduceOnly,
      tickSize: unit(detail.price_decimals),
      stepSize: unit(detail.size_decimals),
      minSize: detail.min_base_amount,
      maxSize: undefined,
      minNotional: detail.min_quote_amount,
      maxLeverage:
        minFraction === undefined || minFraction <= 0
          ? undefined
          : Math.floor(MARGIN_FRACTION_TICK / minFraction),
      priceDecimals: detail.price_decimals,
      sizeDecimals: detail.size_decimals,
      makerFee: feeFraction(detail.maker_fee),
      takerFee: feeFraction(detail.taker_fee),
      expiry: undefined,
      info: detail,
    },
  };
}

/** The loaded markets, by symbol and by market index. */
export class MarketDirectory {
  #bySymbol = new Map<string, LighterMarketInfo>();
  #byId = new Map<number, LighterMarketInfo>();

  get loaded(): boolean {
    return this.#bySymbol.size > 0;
  }

  replace(details: readonly PerpsOrderBookDetail[]): Market[] {
    const infos = details.map(toMarketInfo);
    this.#bySymbol = new Map(infos.map((info) => [info.market.symbol, info]));
    this.#byId = new Map(infos.map((info) => [info.marketId, info]));
    return infos.map((info) => info.market);
  }

  markets(): Market[] {
    return [...this.#bySymbol.values()].map((info) => info.market);
  }

  /** The market of a symbol; a ValidationError listing a few known symbols when it is unknown. */
  get(symbol: string): LighterMarketInfo {
    const info = this.#bySymbol.get(symbol);
    if (info !== undefined) return info;
    const known = [...this.#bySymbol.keys()].slice(0, 10).join(", ");
    throw new ValidationError(
      `unknown Lighter market ${JSON.stringify(symbol)}; known: ${known || "none loaded"}`,
      {
        venue: "lighter",
        issues: [{ path: ["symbol"], message: "unknown market" }],
      },
    );
  }

  byId(marketId: number): LighterMarketInfo | undefined {
    return this.#byId.get(marketId);
  }

  /** The symbol of a market index (for the stream mappers). */
  readonly symbolOf = (marketId: number): string | undefined => this.#byId.get(marketId)?.market.symbol;
}

/** Leverage → the InitialMarginFraction of an UpdateLeverage (1e-4 units), checked against the market. */
export function initialMarginFraction(info: LighterMarketInfo, leverage: number): number {
  const fraction = Math.round(MARGIN_FRACTION_TICK / leverage);
  const max = info.market.maxLeverage;
  if (fraction < 1 || fraction > MARGIN_FRACTION_TICK || (max !== undefined && leverage > max)) {
    throw new ValidationError(
      `leverage ${leverage} is outside 1..${max ?? MARGIN_FRACTION_TICK} for ${info.market.symbol}`,
      { venue: "lighter", issues: [{ path: ["leverage"], message: `must be 1 to ${max ?? "10000"}` }] },
    );
  }
  return fraction;
}
