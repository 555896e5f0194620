import Big from "big.js";
import type { BookLevel, Engine } from "../../../engine/index.js";

/** A level as the order book stream writes it: price, quantity (absolute or change), current size. */
export interface StreamLevel {
  p: string;
  q: string;
  c: string;
}

export interface BookDelta {
  b: StreamLevel[];
  a: StreamLevel[];
}

/**
 * The order book as last published to the stream, per market. Extended pushes the book every 100 ms:
 * each push diffs the engine's book against the published one, so a client that applies a snapshot
 * and then every delta holds exactly the engine's book as of the last push.
 */
export class BookPublisher {
  readonly #engine: Engine;
  readonly #published = new Map<string, { bids: Map<string, string>; asks: Map<string, string> }>();

  constructor(engine: Engine, markets: Iterable<string>) {
    this.#engine = engine;
    for (const market of markets) this.#published.set(market, this.#current(market));
  }

  /** Full published book: bids best (highest) first, asks best (lowest) first; q = c = size. */
  snapshot(market: string): BookDelta {
    const book = this.#published.get(market)!;
    const level = ([p, size]: [string, string]): StreamLevel => ({ p, q: size, c: size });
    return {
      b: sortLevels([...book.bids].map(level), "desc"),
      a: sortLevels([...book.asks].map(level), "asc"),
    };
  }

  /** Best bid and ask of the published book. */
  best(market: string): BookDelta {
    const full = this.snapshot(market);
    return { b: full.b.slice(0, 1), a: full.a.slice(0, 1) };
  }

  /** Publishes the engine's current book; returns the changed levels (q = signed change, c = new size), or undefined. */
  advance(market: string): BookDelta | undefined {
    const before = this.#published.get(market)!;
    const after = this.#current(market);
    this.#published.set(market, after);
    const b = diff(before.bids, after.bids);
    const a = diff(before.asks, after.asks);
    if (b.length === 0 && a.length === 0) return undefined;
    return { b: sortLevels(b, "desc"), a: sortLevels(a, "asc") };
  }

  #current(market: string): { bids: Map<string, string>; asks: Map<string, string> } {
    const book = this.#engine.book(market)!;
    const toMap = (levels: BookLevel[]) => new Map(levels.map((l) => [normal(l.price), l.size] as const));
    return { bids: toMap(book.bids), asks: toMap(book.asks) };
  }
}

function normal(price: string): string {
  return new Big(price).toString();
}

function diff(before: Map<string, string>, after: Map<string, string>): StreamLevel[] {
  const out: StreamLevel[] = [];
  for (const price of new Set([...before.keys(), ...after.keys()])) {
    const old = new Big(before.get(price) ?? "0");
    const now = new Big(after.get(price) ?? "0");
    if (!old.eq(now)) out.push({ p: price, q: now.minus(old).toString(), c: now.toString() });
  }
  return out;
}

function sortLevels(levels: StreamLevel[], order: "asc" | "desc"): StreamLevel[] {
  return levels.sort((x, y) => {
    const cmp = new Big(x.p).cmp(new Big(y.p));
    return order === "asc" ? cmp : -cmp;
  });
}
