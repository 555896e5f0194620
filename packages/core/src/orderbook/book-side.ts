import { normalizeDecimalText, parseDecimal } from "../decimal/parse.js";
import { ValidationError } from "../errors/errors.js";
import {
  classifySize,
  MAX_PRICE_INTEGER_DIGITS,
  type PriceKey,
  readPriceKey,
  SIZE_INVALID,
  SIZE_NORMALIZED,
  SIZE_ZERO,
} from "./level-text.js";
import type { BookLevel } from "./types.js";

/**
 * A stored level. `high`/`low`/`tail` are its exact price key (see level-text.ts), negated on the
 * ask side so both sides sort ascending with the best level LAST: activity clusters at the top of
 * the book, and at the end of an array inserts and deletes shift little.
 */
interface Level {
  readonly price: string;
  size: string;
  readonly high: number;
  readonly low: number;
  readonly tail: string;
  /** A second spelling of the price the feed used ("65000.10" for "65000.1"), also indexed. */
  alias: string | undefined;
}

// Reused by every lookup that misses the index: the key of the price being applied.
const scratch: PriceKey = { high: 0, low: 0, tail: "", normalized: true };

/**
 * One side of an L2 book: levels sorted by exact price key, and a Map from price text to level.
 * An update to an existing level is a Map lookup plus one pass over the size text. Short strings
 * from JSON.parse are interned, so the lookup usually skips hashing. Only new prices (and new
 * spellings of known ones) read the price's key and binary-search.
 */
export class BookSide {
  readonly #levels: Level[] = [];
  readonly #byPrice = new Map<string, Level>();
  /** 1 for bids (best = highest), -1 for asks (best = lowest). */
  readonly #direction: 1 | -1;

  constructor(side: "bid" | "ask") {
    this.#direction = side === "bid" ? 1 : -1;
  }

  get length(): number {
    return this.#levels.length;
  }

  /** Sets a level to an absolute size; "0" in any spelling removes it. Prices and sizes are decimal strings >= 0. */
  set(price: string, size: string): void {
    const level = this.#byPrice.get(price);
    if (level === undefined) {
      this.#setByKey(price, size);
      return;
    }
    const kind = classifySize(size);
    if (kind === SIZE_NORMALIZED) level.size = size;
    else this.#setSize(level, size, kind);
  }

  clear(): void {
    this.#levels.length = 0;
    this.#byPrice.clear();
  }

  best(): BookLevel | undefined {
    const level = this.#levels[this.#levels.length - 1];
    return level === undefined ? undefined : { price: level.price, size: level.size };
  }

  /** The best `count` levels, best first. */
  top(count: number): BookLevel[] {
    const levels = this.#levels;
    const end = Math.max(levels.length - Math.max(0, Math.floor(count)), 0);
    const out: BookLevel[] = [];
    for (let i = levels.length - 1; i >= end; i--) {
      const level = levels[i]!;
      out.push({ price: level.price, size: level.size });
    }
    return out;
  }

  /** True when the best bid is at or above the best ask. */
  static crossed(bids: BookSide, asks: BookSide): boolean {
    const bid = bids.#levels[bids.#levels.length - 1];
    const ask = asks.#levels[asks.#levels.length - 1];
    if (bid === undefined || ask === undefined) return false;
    // Ask keys are stored negated; undo that to compare prices.
    const askHigh = -ask.high;
    if (bid.high !== askHigh) return bid.high > askHigh;
    const askLow = -ask.low;
    if (bid.low !== askLow) return bid.low > askLow;
    return bid.tail >= ask.tail;
  }

  #setSize(level: Level, size: string, kind: number): void {
    const amount = readSize(size, kind);
    if (amount === "0") this.#remove(level);
    else level.size = amount;
  }

  /** The index missed: a new price, or a known price in a new spelling. */
  #setByKey(price: string, size: string): void {
    if (!readPriceKey(price, scratch)) readPriceKeySlowly(price);
    const d = this.#direction;
    const high = scratch.high * d;
    const low = scratch.low * d;
    const tail = scratch.tail;
    const levels = this.#levels;
    const at = this.#search(high, low, tail);
    const existing = levels[at];
    const amount = readSize(size, classifySize(size));
    if (existing !== undefined && existing.high === high && existing.low === low && existing.tail === tail) {
      if (amount === "0") {
        this.#remove(existing);
        return;
      }
      existing.size = amount;
      if (existing.alias === undefined) {
        existing.alias = price;
        this.#byPrice.set(price, existing);
      }
      return;
    }
    if (amount === "0") return;
    const text = scratch.normalized ? price : parseDecimal(price, "price");
    const level: Level = { price: text, size: amount, high, low, tail, alias: undefined };
    // A shift loop, not splice: splice allocates the array of removed elements on every call.
    let i = levels.length;
    levels.push(level);
    for (; i > at; i--) levels[i] = levels[i - 1]!;
    levels[at] = level;
    this.#byPrice.set(text, level);
    if (text !== price) {
      level.alias = price;
      this.#byPrice.set(price, level);
    }
  }

  #remove(level: Level): void {
    const levels = this.#levels;
    const last = levels.length - 1;
    for (let i = this.#search(level.high, level.low, level.tail); i < last; i++) levels[i] = levels[i + 1]!;
    levels.pop();
    this.#byPrice.delete(level.price);
    if (level.alias !== undefined) this.#byPrice.delete(level.alias);
  }

  /** The first index whose key is >= the given key. */
  #search(high: number, low: number, tail: string): number {
    const levels = this.#levels;
    const d = this.#direction;
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = levels[mid]!;
      const below =
        m.high !== high
          ? m.high < high
          : m.low !== low
            ? m.low < low
            : m.tail !== tail && (d === 1 ? m.tail < tail : m.tail > tail);
      if (below) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The size as stored text ("0" means remove), given its classifySize result. */
function readSize(size: string, kind: number): string {
  if (kind === SIZE_NORMALIZED) return size;
  if (kind === SIZE_ZERO) return "0";
  if (kind !== SIZE_INVALID) return normalizeDecimalText(size)!;
  const amount = parseDecimal(size, "size");
  if (amount.charCodeAt(0) === 45) {
    throw new ValidationError(`size must not be negative: ${JSON.stringify(size)}`, {
      issues: [{ path: ["size"], message: "must be >= 0" }],
    });
  }
  return amount;
}

/** The fully validating path for prices the fast reader refused: exponent forms, signs, garbage. */
function readPriceKeySlowly(price: string): void {
  const normalized = parseDecimal(price, "price");
  if (normalized.charCodeAt(0) === 45) {
    throw new ValidationError(`price must not be negative: ${JSON.stringify(price)}`, {
      issues: [{ path: ["price"], message: "must be >= 0" }],
    });
  }
  if (!readPriceKey(normalized, scratch)) {
    throw new ValidationError(
      `price has more than ${MAX_PRICE_INTEGER_DIGITS} integer digits: ${normalized}`,
      {
        issues: [{ path: ["price"], message: `at most ${MAX_PRICE_INTEGER_DIGITS} integer digits` }],
      },
    );
  }
  // The key came from the normalized text, not from `price`, which must not be stored as is.
  scratch.normalized = false;
}
