import { ValidationError } from "../errors/errors.js";
import { BookSide } from "./book-side.js";
import { parseSequence } from "./sequence.js";
import type {
  ApplyOutcome,
  BookLevel,
  BookSideName,
  CrossedBook,
  LevelInput,
  OrderBookDelta,
  OrderBookDepth,
  OrderBookSnapshot,
  OrderBookSnapshotInput,
} from "./types.js";

export interface OrderBookOptions {
  /** Clock for messages that carry no venue time; Date.now by default. */
  now?: () => number;
}

/**
 * A venue-neutral L2 order book keyed by exact decimal price strings. Updates to an existing
 * level are O(1) (a Map lookup), inserts and deletes are a binary search plus an array shift,
 * and the best levels are read in O(1). Sequences are kept as bigint, never as Number.
 */
export class OrderBook {
  readonly symbol: string;
  #bids = new BookSide("bid");
  #asks = new BookSide("ask");
  #sequence: bigint | undefined;
  #timestamp = 0;
  readonly #now: () => number;

  constructor(symbol: string, options: OrderBookOptions = {}) {
    if (typeof symbol !== "string" || symbol.length === 0) {
      throw new ValidationError("OrderBook needs a non-empty symbol", {
        issues: [{ path: ["symbol"], message: "expected a non-empty string" }],
      });
    }
    this.symbol = symbol;
    this.#now = options.now ?? Date.now;
  }

  /** The sequence of the last applied message, exact, or undefined when none carried one. */
  get sequence(): string | undefined {
    return this.#sequence?.toString();
  }

  /** Milliseconds since the epoch of the last applied message; 0 before the first. */
  get timestamp(): number {
    return this.#timestamp;
  }

  get bidLevels(): number {
    return this.#bids.length;
  }

  get askLevels(): number {
    return this.#asks.length;
  }

  /** Replaces the whole book. Atomic: on invalid input it throws and the book is unchanged. */
  applySnapshot(snapshot: OrderBookSnapshotInput): ApplyOutcome {
    const sequence = snapshot.sequence === undefined ? undefined : parseSequence(snapshot.sequence);
    const timestamp = this.#timestampOf(snapshot.timestamp);
    const bids = new BookSide("bid");
    const asks = new BookSide("ask");
    applyLevels(bids, snapshot.bids, "bids");
    applyLevels(asks, snapshot.asks, "asks");
    this.#bids = bids;
    this.#asks = asks;
    this.#sequence = sequence;
    this.#timestamp = timestamp;
    return BookSide.crossed(bids, asks) ? "crossed" : "applied";
  }

  /**
   * Applies changed levels (absolute sizes; "0" removes). A delta whose sequence is not above the
   * book's is skipped as "stale". Gap detection is the venue adapter's job: only it knows whether
   * sequences are contiguous. If a level is invalid the book is cleared (it would otherwise be
   * half-updated) and the ValidationError is rethrown; resync from a snapshot.
   */
  applyDelta(delta: OrderBookDelta): ApplyOutcome {
    let sequence: bigint | undefined;
    if (delta.sequence !== undefined) {
      sequence = parseSequence(delta.sequence);
      if (this.#sequence !== undefined && sequence <= this.#sequence) return "stale";
    }
    const timestamp = this.#timestampOf(delta.timestamp);
    try {
      if (delta.bids !== undefined) applyLevels(this.#bids, delta.bids, "bids");
      if (delta.asks !== undefined) applyLevels(this.#asks, delta.asks, "asks");
    } catch (error) {
      this.clear();
      throw error;
    }
    if (sequence !== undefined) this.#sequence = sequence;
    this.#timestamp = timestamp;
    return BookSide.crossed(this.#bids, this.#asks) ? "crossed" : "applied";
  }

  /**
   * Sets one level to an absolute size ("0" removes it). The allocation-free path for feeds that
   * deliver levels one at a time; it leaves sequence and timestamp alone and does not check for a
   * crossed book (call crossed()). Throws ValidationError on a bad price or size.
   */
  setLevel(side: BookSideName, price: string, size: string): void {
    // One call site for BookSide.set, so the compiler inlines it once instead of twice.
    (side === "bid" ? this.#bids : side === "ask" ? this.#asks : invalidSide(side)).set(price, size);
  }

  bestBid(): BookLevel | undefined {
    return this.#bids.best();
  }

  bestAsk(): BookLevel | undefined {
    return this.#asks.best();
  }

  /** The best bid and ask when the bid is at or above the ask (the book is out of sync), else undefined. */
  crossed(): CrossedBook | undefined {
    if (!BookSide.crossed(this.#bids, this.#asks)) return undefined;
    return { bestBid: this.#bids.best()!, bestAsk: this.#asks.best()! };
  }

  /** The best `count` levels of each side, best first. */
  depth(count: number): OrderBookDepth {
    return { bids: this.#bids.top(count), asks: this.#asks.top(count) };
  }

  /** A copy of the whole book. */
  snapshot(): OrderBookSnapshot {
    return {
      symbol: this.symbol,
      bids: this.#bids.top(this.#bids.length),
      asks: this.#asks.top(this.#asks.length),
      sequence: this.sequence,
      timestamp: this.#timestamp,
    };
  }

  /** Empties both sides and forgets the sequence (the timestamp is kept). */
  clear(): void {
    this.#bids.clear();
    this.#asks.clear();
    this.#sequence = undefined;
  }

  #timestampOf(timestamp: number | undefined): number {
    if (timestamp === undefined) return this.#now();
    if (typeof timestamp !== "number" || !Number.isFinite(timestamp)) {
      throw new ValidationError(
        `timestamp must be a finite number of milliseconds, got ${String(timestamp)}`,
        {
          issues: [{ path: ["timestamp"], message: "expected a finite number" }],
        },
      );
    }
    return timestamp;
  }
}

function invalidSide(side: unknown): never {
  throw new ValidationError(`side must be "bid" or "ask", got ${JSON.stringify(String(side))}`, {
    issues: [{ path: ["side"], message: 'expected "bid" or "ask"' }],
  });
}

function applyLevels(side: BookSide, levels: readonly LevelInput[], field: string): void {
  if (!Array.isArray(levels)) {
    throw new ValidationError(`${field} must be an array of levels`, {
      issues: [{ path: [field], message: "expected an array" }],
    });
  }
  for (let i = 0; i < levels.length; i++) {
    const level: unknown = levels[i];
    if (Array.isArray(level)) {
      side.set(level[0] as string, level[1] as string);
    } else if (typeof level === "object" && level !== null) {
      const { price, size } = level as BookLevel;
      side.set(price, size);
    } else {
      throw new ValidationError(`${field}[${i}] must be a {price, size} object or a [price, size] pair`, {
        issues: [{ path: [field, i], message: "expected a level" }],
      });
    }
  }
}
