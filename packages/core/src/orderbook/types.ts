/** One price level: exact decimal strings, as the venue sent them (normalized, no exponent). */
export interface BookLevel {
  price: string;
  size: string;
}

/** A point-in-time copy of an L2 book; bids best (highest) first, asks best (lowest) first. */
export interface OrderBookSnapshot {
  symbol: string;
  bids: BookLevel[];
  asks: BookLevel[];
  /** The venue's sequence/nonce of the last applied message, kept exact as a string. */
  sequence: string | undefined;
  /** Milliseconds since the epoch of the last applied message (venue time when it gives one). */
  timestamp: number;
}
