/**
 * Display units ⇄ the integers a transaction signs. Each market scales by its own
 * `size_decimals` / `price_decimals` (orderBookDetails; ETH: 4 / 2, so 0.1 ETH → 1000 and
 * $4050.00 → 405000), never by 1e18 or 1e6. Exact: digits beyond the market's precision are an
 * error unless a rounding mode is given.
 */
import { fromScaledInt, type RoundingMode, toScaledInt, ValidationError } from "@perp/core";

/** The scaling a market trades with (a `PerpsOrderBookDetail` / `SpotOrderBookDetail` fits). */
export interface LighterMarketScale {
  size_decimals: number;
  price_decimals: number;
}

export interface ScaleOptions {
  /** Round instead of throwing when the value has more digits than the market keeps. */
  rounding?: RoundingMode;
}

/** Price is a uint32 on the wire, from 1 (0 means "no trigger" for trigger prices). */
export const MAX_ORDER_PRICE = 4294967295n;
/** BaseAmount < 2^48; 0 is allowed only for reduce-only / position-tied orders. */
export const MAX_ORDER_BASE_AMOUNT = 281474976710655n;

function decimalsOf(market: LighterMarketScale, key: "size_decimals" | "price_decimals"): number {
  const decimals = market?.[key];
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 18) {
    throw new ValidationError(`market.${key} must be an integer from 0 to 18`, { venue: "lighter" });
  }
  return decimals;
}

function scaled(value: string, decimals: number, field: string, options: ScaleOptions): bigint {
  try {
    return toScaledInt(value, decimals, options.rounding === undefined ? {} : { rounding: options.rounding });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ValidationError(`${field}: ${reason}`, { venue: "lighter", cause });
  }
}

function inRange(units: bigint, min: bigint, max: bigint, field: string, value: string): bigint {
  if (units < min || units > max) {
    throw new ValidationError(
      `${field} ${JSON.stringify(value)} scales to ${units}, outside ${min}..${max} for this market`,
      { venue: "lighter", issues: [{ path: [field], message: `scaled value must be ${min}..${max}` }] },
    );
  }
  return units;
}

/** toLighterPrice(eth, "4050") === 405000n: the uint32 Price (or TriggerPrice) of an order. */
export function toLighterPrice(
  market: LighterMarketScale,
  price: string,
  options: ScaleOptions = {},
): bigint {
  const units = scaled(price, decimalsOf(market, "price_decimals"), "price", options);
  return inRange(units, 1n, MAX_ORDER_PRICE, "price", price);
}

/** toLighterSize(eth, "0.1") === 1000n: the BaseAmount of an order ("0" closes a whole position). */
export function toLighterSize(market: LighterMarketScale, size: string, options: ScaleOptions = {}): bigint {
  const units = scaled(size, decimalsOf(market, "size_decimals"), "size", options);
  return inRange(units, 0n, MAX_ORDER_BASE_AMOUNT, "size", size);
}

/** fromLighterPrice(eth, 405000n) === "4050": a signed Price back in display units. */
export function fromLighterPrice(market: LighterMarketScale, price: bigint | string): string {
  return fromScaledInt(price, decimalsOf(market, "price_decimals"));
}

/** fromLighterSize(eth, 1000n) === "0.1": a signed BaseAmount back in display units. */
export function fromLighterSize(market: LighterMarketScale, size: bigint | string): string {
  return fromScaledInt(size, decimalsOf(market, "size_decimals"));
}
