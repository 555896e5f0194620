/**
 * L2 order-book update rate: @perp/core OrderBook (exact decimal-string prices) against ccxt's
 * OrderBook (float prices) on the same seeded stream of 1,000,000 level updates across four
 * markets (2, 4, 6 and 8 price decimals). ~90% of updates change the size of an existing level
 * near the top, the rest insert or delete levels. ccxt runs twice: fed pre-parsed float rows (its
 * storage format, parsing not timed) and fed the same wire strings with parseFloat, as its venue
 * handlers do. Our book always validates and normalizes both strings of every update.
 * Run: pnpm --filter @perp/core bench
 */
import { performance } from "node:perf_hooks";
import { OrderBook } from "../src/orderbook/order-book.js";

const UPDATES = 1_000_000;
const WARMUP_UPDATES = 200_000;
const ROUNDS = 5;
const MARKETS = [
  { decimals: 2, mid: 6_500_000n }, // 65000.00, tick 0.01
  { decimals: 4, mid: 34_500_000n }, // 3450.0000
  { decimals: 6, mid: 152_000_000n }, // 152.000000
  { decimals: 8, mid: 12_345_678n }, // 0.12345678
];
const TARGET_DEPTH = 150;

/**
 * The stream, struct-of-arrays. `wire` is the JSON text of [prices, sizes]: every round parses it
 * again, so the books see strings exactly as JSON.parse hands them over from a venue feed.
 */
interface Stream {
  length: number;
  markets: Uint8Array;
  /** 1 = bid, 0 = ask. */
  bids: Uint8Array;
  wire: string;
  /** The same prices and sizes as floats, for ccxt's pre-parsed rows. */
  priceValues: Float64Array;
  sizeValues: Float64Array;
  counts: { updates: number; inserts: number; deletes: number };
}

interface Round {
  prices: string[];
  sizes: string[];
  /** ccxt's own format: [price, size] floats (ccxt keeps the inserted row, so each round needs new ones). */
  rows: [number, number][];
}

function freshRound(stream: Stream): Round {
  const [prices, sizes] = JSON.parse(stream.wire) as [string[], string[]];
  const rows = new Array<[number, number]>(stream.length);
  for (let i = 0; i < stream.length; i++) rows[i] = [stream.priceValues[i]!, stream.sizeValues[i]!];
  return { prices, sizes, rows };
}

// mulberry32: small, fast, and deterministic across runs.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Normalized decimal text of ticks * 10^-decimals, built from integers only. */
function formatTicks(ticks: bigint, decimals: number): string {
  const digits = ticks.toString().padStart(decimals + 1, "0");
  const integer = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, "");
  return fraction ? `${integer}.${fraction}` : integer;
}

function randomSize(next: () => number): string {
  const units = 1 + Math.floor(next() * 2_000_000); // 0.0001 .. 200
  return formatTicks(BigInt(units), 4);
}

/** The generator keeps its own sorted model of each side to pick realistic targets. */
function generate(count: number, seed: number): Stream {
  const next = random(seed);
  const books = MARKETS.map((m) => {
    const bids: bigint[] = []; // best (highest) first
    const asks: bigint[] = []; // best (lowest) first
    for (let i = 0; i < TARGET_DEPTH; i++) {
      bids.push(m.mid - 1n - BigInt(i * 2));
      asks.push(m.mid + 1n + BigInt(i * 2));
    }
    return { ...m, bids, asks };
  });
  const markets = new Uint8Array(count);
  const sides = new Uint8Array(count);
  const prices: string[] = [];
  const sizes: string[] = [];
  const counts = { updates: 0, inserts: 0, deletes: 0 };
  const push = (market: number, bid: boolean, ticks: bigint, size: string) => {
    markets[prices.length] = market;
    sides[prices.length] = bid ? 1 : 0;
    prices.push(formatTicks(ticks, books[market]!.decimals));
    sizes.push(size);
  };
  // Seed every book with its initial levels.
  books.forEach((b, market) => {
    for (const t of b.bids) push(market, true, t, randomSize(next));
    for (const t of b.asks) push(market, false, t, randomSize(next));
    counts.inserts += b.bids.length + b.asks.length;
  });
  while (prices.length < count) {
    const market = Math.floor(next() * books.length);
    const book = books[market]!;
    const bid = next() < 0.5;
    const levels = bid ? book.bids : book.asks;
    const roll = next();
    // Index biased toward the top: squared uniform over the best 40 levels.
    const near = Math.min(Math.floor(next() * next() * 40), levels.length - 1);
    if (roll < 0.9 || levels.length < 20) {
      push(market, bid, levels[near]!, randomSize(next));
      counts.updates++;
    } else if (roll < 0.95 || levels.length < TARGET_DEPTH / 2) {
      // A new price next to an existing level, sometimes improving the best one.
      const at = levels[near]!;
      const step = bid ? -1n : 1n;
      let ticks = near === 0 && next() < 0.3 ? at - step : at + step;
      while (levels.includes(ticks)) ticks += step;
      const other = bid ? book.asks[0]! : book.bids[0]!;
      if (bid ? ticks >= other : ticks <= other) continue;
      let slot = 0;
      while (slot < levels.length && (bid ? levels[slot]! > ticks : levels[slot]! < ticks)) slot++;
      levels.splice(slot, 0, ticks);
      push(market, bid, ticks, randomSize(next));
      counts.inserts++;
    } else {
      const [ticks] = levels.splice(near, 1);
      push(market, bid, ticks!, "0");
      counts.deletes++;
    }
  }
  const priceValues = Float64Array.from(prices.slice(0, count), (p) => Number.parseFloat(p));
  const sizeValues = Float64Array.from(sizes.slice(0, count), (v) => Number.parseFloat(v));
  const wire = JSON.stringify([prices.slice(0, count), sizes.slice(0, count)]);
  return { length: count, markets, bids: sides, wire, priceValues, sizeValues, counts };
}

interface CcxtSide {
  storeArray(row: [number, number]): void;
  readonly length: number;
  readonly [index: number]: [number, number];
}
interface CcxtBook {
  bids: CcxtSide;
  asks: CcxtSide;
}
type CcxtBookClass = new (snapshot?: object, depth?: number) => CcxtBook;

async function loadCcxtOrderBook(): Promise<CcxtBookClass> {
  // ccxt's package exports only its full bundle; load just the order-book module beside it.
  const entry = import.meta.resolve("ccxt");
  const module = (await import(new URL("./src/base/ws/OrderBook.js", entry).href)) as {
    OrderBook: CcxtBookClass;
  };
  return module.OrderBook;
}

function runOurs(stream: Stream, round: Round): { seconds: number; books: OrderBook[] } {
  const books = MARKETS.map((_, i) => new OrderBook(`M${i}`));
  const { markets, bids } = stream;
  const { prices, sizes } = round;
  const start = performance.now();
  for (let i = 0; i < stream.length; i++) {
    books[markets[i]!]!.setLevel(bids[i] === 1 ? "bid" : "ask", prices[i]!, sizes[i]!);
  }
  return { seconds: (performance.now() - start) / 1000, books };
}

function runCcxt(Book: CcxtBookClass, stream: Stream, round: Round): { seconds: number; books: CcxtBook[] } {
  const books = MARKETS.map(() => new Book({}));
  const { markets, bids } = stream;
  const { rows } = round;
  const start = performance.now();
  for (let i = 0; i < stream.length; i++) {
    const book = books[markets[i]!]!;
    (bids[i] === 1 ? book.bids : book.asks).storeArray(rows[i]!);
  }
  return { seconds: (performance.now() - start) / 1000, books };
}

/** ccxt as its venue handlers drive it: parseFloat on the wire strings, then store. */
function runCcxtParsing(Book: CcxtBookClass, stream: Stream, round: Round): { seconds: number } {
  const books = MARKETS.map(() => new Book({}));
  const { markets, bids } = stream;
  const { prices, sizes } = round;
  const start = performance.now();
  for (let i = 0; i < stream.length; i++) {
    const book = books[markets[i]!]!;
    const row: [number, number] = [Number.parseFloat(prices[i]!), Number.parseFloat(sizes[i]!)];
    (bids[i] === 1 ? book.bids : book.asks).storeArray(row);
  }
  return { seconds: (performance.now() - start) / 1000 };
}

/** Both implementations must end with the same books, or the comparison means nothing. */
function assertSameBooks(ours: OrderBook[], theirs: CcxtBook[]): void {
  ours.forEach((book, i) => {
    const snapshot = book.snapshot();
    const other = theirs[i]!;
    for (const [mine, rows] of [
      [snapshot.bids, other.bids],
      [snapshot.asks, other.asks],
    ] as const) {
      if (mine.length !== rows.length)
        throw new Error(`market ${i}: ${mine.length} levels vs ccxt ${rows.length}`);
      mine.forEach((level, j) => {
        const row = rows[j]!;
        if (Number(level.price) !== row[0] || Number(level.size) !== row[1]) {
          throw new Error(`market ${i} level ${j}: ${level.price}@${level.size} vs ccxt ${row[0]}@${row[1]}`);
        }
      });
    }
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function format(rate: number): string {
  return `${(rate / 1e6).toFixed(2)} M updates/s`;
}

async function main(): Promise<void> {
  const Book = await loadCcxtOrderBook();
  const generating = performance.now();
  const stream = generate(UPDATES, 0x5eed);
  const warmup = generate(WARMUP_UPDATES, 0xbeef);
  const { updates, inserts, deletes } = stream.counts;
  console.log(
    `stream: ${stream.length} updates over ${MARKETS.length} markets (2/4/6/8 price decimals): ` +
      `${updates} size changes, ${inserts} inserts, ${deletes} deletes; generated in ` +
      `${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );

  const warm = freshRound(warmup);
  runOurs(warmup, warm);
  runCcxt(Book, warmup, warm);
  runCcxtParsing(Book, warmup, warm);

  const ours: number[] = [];
  const ccxt: number[] = [];
  const ccxtParsing: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const fresh = freshRound(stream);
    const a = runOurs(stream, fresh);
    const b = runCcxt(Book, stream, fresh);
    if (round === 0) assertSameBooks(a.books, b.books);
    ours.push(a.seconds);
    ccxt.push(b.seconds);
    ccxtParsing.push(runCcxtParsing(Book, stream, fresh).seconds);
  }
  const ourRate = UPDATES / median(ours);
  const ccxtRate = UPDATES / median(ccxt);
  const ccxtParsingRate = UPDATES / median(ccxtParsing);
  console.log(`median of ${ROUNDS} rounds, fresh strings each round, final books verified equal:`);
  console.log(`  @perp/core OrderBook (decimal strings)   ${format(ourRate)}`);
  console.log(`  ccxt OrderBook (pre-parsed floats)       ${format(ccxtRate)}`);
  console.log(`  ccxt OrderBook (parseFloat + store)      ${format(ccxtParsingRate)}`);
  console.log(`  ratio ours / ccxt (pre-parsed floats):   ${(ourRate / ccxtRate).toFixed(2)}x`);
  console.log(`  ratio ours / ccxt (parseFloat + store):  ${(ourRate / ccxtParsingRate).toFixed(2)}x`);
}

await main();
