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

export type BookSideName = "bid" | "ask";

/** One level as a venue sends it: an object or a [price, size] pair of decimal strings. */
export type LevelInput = BookLevel | readonly [price: string, size: string];

/** A sequence number kept exact: an integer string, a bigint, or a safe-integer number. */
export type SequenceInput = string | bigint | number;

/** A full book that replaces whatever the book held. */
export interface OrderBookSnapshotInput {
  bids: readonly LevelInput[];
  asks: readonly LevelInput[];
  sequence?: SequenceInput | undefined;
  /** Venue time in ms; the book's clock is used when absent. */
  timestamp?: number | undefined;
}

/** Changed levels with absolute sizes; size "0" removes the level. */
export interface OrderBookDelta {
  bids?: readonly LevelInput[] | undefined;
  asks?: readonly LevelInput[] | undefined;
  sequence?: SequenceInput | undefined;
  timestamp?: number | undefined;
}

/**
 * What applying a message did: "applied"; "stale" (its sequence was not above the book's, so it
 * was skipped); "crossed" (applied, and now best bid >= best ask: the book is out of sync).
 */
export type ApplyOutcome = "applied" | "stale" | "crossed";

/** The two best levels of a book whose best bid is at or above its best ask. */
export interface CrossedBook {
  bestBid: BookLevel;
  bestAsk: BookLevel;
}

export interface OrderBookDepth {
  bids: BookLevel[];
  asks: BookLevel[];
}
