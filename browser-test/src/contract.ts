/**
 * What the Node test hands the page and what the page hands back: plain JSON both ways, since it
 * crosses page.evaluate. Vector inputs keep the shapes of /work/shared/vectors/README.md.
 */

export type Venue = "extended" | "lighter" | "vest";

export interface ExtendedOrderVectorInput {
  domain: { name: string; version: string; chainId: string; revision: number };
  privateKey: string;
  publicKey: string;
  vault: number;
  market: {
    name: string;
    syntheticId: string;
    syntheticResolution: number;
    collateralId: string;
    collateralResolution: number;
  };
  feeRate: string;
  builderFeeRate: string;
  expiryEpochMillis: number;
  nonce: number;
  side: "BUY" | "SELL";
  qty: string;
  price: string;
}

export interface LighterTxVectorInput {
  txType: "L2CreateOrder";
  chainId: number;
  /** Every tx field as a decimal string, AccountIndex and ApiKeyIndex included. */
  fields: Record<string, string>;
  /** API private key, 40 bytes little-endian hex. */
  privateKey: string;
  /** The fixed Schnorr nonce, 40 bytes little-endian hex. */
  k: string;
}

export interface VestOrderVectorInput {
  signingPrivateKey: `0x${string}`;
  timeMillis: number;
  nonce: number;
  orderType: "MARKET" | "LIMIT";
  symbol: string;
  isBuy: boolean;
  size: string;
  limitPrice: string;
  reduceOnly: boolean;
}

interface VenueTarget {
  /** REST base as the venue's client takes it. */
  restUrl: string;
  /** WebSocket URL (or stream base) as the venue's stream client takes it. */
  wsUrl: string;
  /** The market whose public order-book stream is watched. */
  market: string;
}

export interface CheckConfig {
  /** How long a stream may take to deliver a two-sided book before the check fails. */
  bookTimeoutMs: number;
  extended: VenueTarget & { vector: ExtendedOrderVectorInput };
  lighter: VenueTarget & { marketId: number; vector: LighterTxVectorInput };
  vest: VenueTarget & { vector: VestOrderVectorInput };
}

export interface Level {
  price: string;
  size: string;
}

export interface BookSummary {
  symbol: string;
  bidLevels: number;
  askLevels: number;
  bestBid: Level;
  bestAsk: Level;
  sequence: string | undefined;
}

/** One step in the page: its value, or the error it threw (name and message), never both. */
export type StepResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface VenueReport {
  venue: Venue;
  /** The signer's outputs under the vector's expected field names. */
  signature: StepResult<Record<string, string | number>>;
  /** Market names (or symbols) from the venue's REST client. */
  markets: StepResult<string[]>;
  /** The first book from the public order-book stream with at least one bid and one ask. */
  book: StepResult<BookSummary>;
}

/** Installed on `window` by the bundle; the test calls it through page.evaluate. */
export interface BrowserChecks {
  run(venue: Venue, config: CheckConfig): Promise<VenueReport>;
}

export const CHECKS_GLOBAL = "perpBrowserChecks";
