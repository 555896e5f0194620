/** Perpetual swaps never expire; dated futures settle at `expiry`. */
export type ContractType = "perpetual" | "future";

/**
 * - `active`: accepts new orders.
 * - `reduce-only`: only orders that reduce a position are accepted (wind-down, delisting notice).
 * - `paused`: trading halted for now.
 * - `delisted`: closed for good.
 */
export type MarketStatus = "active" | "reduce-only" | "paused" | "delisted";

/** A market and its trading rules. Prices, sizes and amounts are decimal strings. */
export interface Market {
  /** The symbol users pass to every method of this venue (for example "BTC-USD"). */
  symbol: string;
  /** The venue's own identifier when it differs from `symbol` (a numeric market index, a UUID...). */
  venueId: string;
  base: string;
  quote: string;
  /** Asset margin and PnL are settled in. */
  settle: string;
  contractType: ContractType;
  status: MarketStatus;
  /** Shortcut for `status === "active"`. */
  active: boolean;
  /** Price increment: every price must be a multiple of it. */
  tickSize: string;
  /** Size increment: every size must be a multiple of it. */
  stepSize: string;
  minSize: string;
  maxSize: string | undefined;
  /** Smallest price × size the venue accepts, in `quote`. */
  minNotional: string | undefined;
  maxLeverage: number | undefined;
  /** Decimal places of `tickSize` and `stepSize`, as venues that sign scaled integers need them. */
  priceDecimals: number;
  sizeDecimals: number;
  /** Fee rates as fractions ("0.0002" = 2 bp), when the venue publishes them per market. */
  makerFee: string | undefined;
  takerFee: string | undefined;
  /** Expiry of a dated future (ms); undefined for perpetuals. */
  expiry: number | undefined;
  /** The venue's raw market object. */
  info: unknown;
}
