/**
 * L2 order-book update rate: @perp/core OrderBook (exact decimal-string prices) against ccxt's
 * OrderBook (float prices) on the same seeded stream of 1,000,000 level updates (see stream.ts).
 *
 * The stream arrives as JSON messages of 4,096 updates. Each message is decoded once, just before
 * it is applied, and the same fresh strings go to:
 *   - ours: setLevel(side, price, size), validating and normalizing both strings of every update;
 *   - ccxt "parseFloat + store": parseFloat on both strings, then storeArray, as ccxt's venue
 *     handlers do (they use safeFloat, which costs more than the bare parseFloat used here);
 *   - ccxt "pre-parsed floats": storeArray on float rows parsed before the clock starts.
 * The goal (>= 2x ccxt with exact decimal prices) is judged on "parseFloat + store": venues send
 * decimal text, so that is the work ccxt does per update end to end. The pre-parsed figure is
 * ccxt's storage alone, shown for transparency.
 *
 * A loaded machine distorts wall time, so only the apply step of each message is timed, in process
 * CPU time (process.cpuUsage); the contestants take turns on every message in a rotating order;
 * each round's total per contestant is one sample and the medians are compared. After every round
 * the three final books must be identical, level by level.
 * Run: pnpm --filter @perp/core bench
 */
import { OrderBook } from "../src/orderbook/order-book.js";
import { type CcxtBook, type CcxtBookClass, type CcxtRow, loadCcxtOrderBook } from "./ccxt-book.js";
import { decode, generate, MARKETS, type Message, type Stream } from "./stream.js";

const UPDATES = 1_000_000;
const WARMUP_UPDATES = 200_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 7;

/**
 * One contestant's books for one round. `prepare` does untimed per-message work (ccxt's pre-parsed
 * rows); `apply` is timed and feeds one message's updates (stream offset `first`) to the books.
 */
interface Contestant<B, P> {
  readonly label: string;
  readonly books: B[];
  prepare(message: Message): P;
  apply(stream: Stream, first: number, message: Message, prepared: P): void;
}

function ours(): Contestant<OrderBook, undefined> {
  return {
    label: "@perp/core OrderBook (decimal strings)",
    books: MARKETS.map((_, i) => new OrderBook(`M${i}`)),
    prepare: () => undefined,
    apply({ markets, bids }, first, { prices, sizes }) {
      const books = this.books;
      for (let j = 0, i = first; j < prices.length; j++, i++) {
        books[markets[i]!]!.setLevel(bids[i] === 1 ? "bid" : "ask", prices[j]!, sizes[j]!);
      }
    },
  };
}

/** ccxt as its venue handlers drive it: parseFloat on the wire strings, then store. */
function ccxtParsing(Book: CcxtBookClass): Contestant<CcxtBook, undefined> {
  return {
    label: "ccxt OrderBook (parseFloat + store)",
    books: MARKETS.map(() => new Book({})),
    prepare: () => undefined,
    apply({ markets, bids }, first, { prices, sizes }) {
      const books = this.books;
      for (let j = 0, i = first; j < prices.length; j++, i++) {
        const book = books[markets[i]!]!;
        const row: CcxtRow = [Number.parseFloat(prices[j]!), Number.parseFloat(sizes[j]!)];
        (bids[i] === 1 ? book.bids : book.asks).storeArray(row);
      }
    },
  };
}

/** ccxt's storage alone, on rows parsed untimed (ccxt keeps the row it is given, so fresh rows per run). */
function ccxtPreParsed(Book: CcxtBookClass): Contestant<CcxtBook, CcxtRow[]> {
  return {
    label: "ccxt OrderBook (pre-parsed floats)",
    books: MARKETS.map(() => new Book({})),
    prepare: ({ prices, sizes }) =>
      prices.map((price, j): CcxtRow => [Number.parseFloat(price), Number.parseFloat(sizes[j]!)]),
    apply({ markets, bids }, first, _message, rows) {
      const books = this.books;
      for (let j = 0, i = first; j < rows.length; j++, i++) {
        const book = books[markets[i]!]!;
        (bids[i] === 1 ? book.bids : book.asks).storeArray(rows[j]!);
      }
    },
  };
}

/** User + system CPU microseconds of this process since `since`. */
function cpuMicrosSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

/** Applies a whole stream to fresh books of each contestant; returns each one's CPU seconds. */
function round(stream: Stream, contestants: readonly Contestant<unknown, unknown>[]): number[] {
  const micros = contestants.map(() => 0);
  for (let m = 0; m < stream.messages.length; m++) {
    const message = decode(stream, m);
    const first = m * message.prices.length;
    for (let turn = 0; turn < contestants.length; turn++) {
      // Rotate who goes first, so no contestant always meets the strings cold in the cache.
      const k = (m + turn) % contestants.length;
      const contestant = contestants[k]!;
      const prepared = contestant.prepare(message);
      const start = process.cpuUsage();
      contestant.apply(stream, first, message, prepared);
      micros[k]! += cpuMicrosSince(start);
    }
  }
  return micros.map((us) => us / 1e6);
}

/** The books must end identical (every level, compared as numbers), or the comparison means nothing. */
function assertSameBooks(ours: OrderBook[], theirs: CcxtBook[], label: string): void {
  ours.forEach((book, i) => {
    const snapshot = book.snapshot();
    const other = theirs[i]!;
    for (const [mine, rows] of [
      [snapshot.bids, other.bids],
      [snapshot.asks, other.asks],
    ] as const) {
      if (mine.length !== rows.length) {
        throw new Error(`market ${i}: ${mine.length} levels vs ${label} ${rows.length}`);
      }
      mine.forEach((level, j) => {
        const row = rows[j]!;
        if (Number(level.price) !== row[0] || Number(level.size) !== row[1]) {
          throw new Error(
            `market ${i} level ${j}: ${level.price}@${level.size} vs ${label} ${row[0]}@${row[1]}`,
          );
        }
      });
    }
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function rate(seconds: number, updates: number): string {
  return `${(updates / seconds / 1e6).toFixed(2)} M updates/s`;
}

function spread(seconds: number[], updates: number): string {
  const rates = seconds.map((s) => updates / s / 1e6);
  return `(rounds ${Math.min(...rates).toFixed(2)}-${Math.max(...rates).toFixed(2)})`;
}

async function main(): Promise<void> {
  const Book = await loadCcxtOrderBook();
  const stream = generate(UPDATES, 0x5eed);
  const warmup = generate(WARMUP_UPDATES, 0xbeef);
  const { updates, inserts, deletes } = stream.counts;
  console.log(
    `stream: ${stream.length} updates over ${MARKETS.length} markets (2/4/6/8 price decimals): ` +
      `${updates} size changes, ${inserts} inserts, ${deletes} deletes, in ${stream.messages.length} messages`,
  );
  const contestants = () => [ours(), ccxtParsing(Book), ccxtPreParsed(Book)] as const;
  for (let r = 0; r < WARMUP_ROUNDS; r++) round(warmup, contestants());

  const seconds: number[][] = [[], [], []];
  let labels: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const books = contestants();
    round(stream, books).forEach((s, k) => {
      seconds[k]!.push(s);
    });
    const [mine, parsing, preParsed] = books;
    assertSameBooks(mine.books, parsing.books, parsing.label);
    assertSameBooks(mine.books, preParsed.books, preParsed.label);
    labels = books.map((c) => c.label);
  }

  console.log(
    `process CPU time of the apply steps, median of ${ROUNDS} rounds, final books verified identical every round:`,
  );
  seconds.forEach((times, k) => {
    console.log(`  ${labels[k]!.padEnd(40)} ${rate(median(times), UPDATES)} ${spread(times, UPDATES)}`);
  });
  const [oursSeconds, parsingSeconds, preParsedSeconds] = seconds.map(median) as [number, number, number];
  console.log(
    `  ratio ours / ccxt (parseFloat + store):  ${(parsingSeconds / oursSeconds).toFixed(2)}x  <- the goal (>= 2x)`,
  );
  console.log(
    `  ratio ours / ccxt (pre-parsed floats):   ${(preParsedSeconds / oursSeconds).toFixed(2)}x  (ccxt's storage alone)`,
  );
  console.log(
    "  The goal is judged on parseFloat + store: venues send prices and sizes as decimal text, so\n" +
      "  turning that text into a stored level is part of every update, for ccxt as for us.",
  );
}

await main();
