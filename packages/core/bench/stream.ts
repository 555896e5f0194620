/**
 * The seeded update stream both books replay: level updates across four markets (2, 4, 6 and 8
 * price decimals). ~90% change the size of an existing level near the top, the rest insert or
 * delete levels. Prices and sizes are normalized decimal text, as venues send them.
 */

export const MARKETS = [
  { decimals: 2, mid: 6_500_000 }, // 65000.00, tick 0.01
  { decimals: 4, mid: 34_500_000 }, // 3450.0000
  { decimals: 6, mid: 152_000_000 }, // 152.000000
  { decimals: 8, mid: 12_345_678 }, // 0.12345678
] as const;
const TARGET_DEPTH = 150;

/** Updates per message: a venue feed delivers small messages, each decoded just before it is applied. */
export const MESSAGE_UPDATES = 4096;

/**
 * Struct-of-arrays. `messages` are the JSON texts of [prices, sizes] for consecutive runs of
 * MESSAGE_UPDATES updates: decoding one just before applying it gives the books fresh strings,
 * exactly as JSON.parse hands them over from a venue feed.
 */
export interface Stream {
  length: number;
  markets: Uint8Array;
  /** 1 = bid, 0 = ask. */
  bids: Uint8Array;
  messages: string[];
  counts: { updates: number; inserts: number; deletes: number };
}

/** One decoded message: the same strings go to every book. */
export interface Message {
  prices: string[];
  sizes: string[];
}

export function decode(stream: Stream, message: number): Message {
  const [prices, sizes] = JSON.parse(stream.messages[message]!) as [string[], string[]];
  return { prices, sizes };
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

/** Normalized decimal text of ticks * 10^-decimals; ticks stay far below 2^53, so exact. */
function formatTicks(ticks: number, decimals: number): string {
  const digits = String(ticks).padStart(decimals + 1, "0");
  const integer = digits.slice(0, digits.length - decimals);
  let end = digits.length;
  while (end > integer.length && digits.charCodeAt(end - 1) === 48) end--;
  return end > integer.length ? `${integer}.${digits.slice(integer.length, end)}` : integer;
}

function randomSize(next: () => number): string {
  const units = 1 + Math.floor(next() * 2_000_000); // 0.0001 .. 200
  return formatTicks(units, 4);
}

/** The generator keeps its own sorted model of each side to pick realistic targets. */
export function generate(count: number, seed: number): Stream {
  const next = random(seed);
  const books = MARKETS.map((m) => {
    const bids: number[] = []; // best (highest) first
    const asks: number[] = []; // best (lowest) first
    for (let i = 0; i < TARGET_DEPTH; i++) {
      bids.push(m.mid - 1 - i * 2);
      asks.push(m.mid + 1 + i * 2);
    }
    return { decimals: m.decimals, bids, asks };
  });
  const markets = new Uint8Array(count);
  const sides = new Uint8Array(count);
  const prices: string[] = [];
  const sizes: string[] = [];
  const counts = { updates: 0, inserts: 0, deletes: 0 };
  const push = (market: number, bid: boolean, ticks: number, size: string) => {
    if (prices.length === count) return;
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
      const step = bid ? -1 : 1;
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
  const messages: string[] = [];
  for (let start = 0; start < count; start += MESSAGE_UPDATES) {
    const end = start + MESSAGE_UPDATES;
    messages.push(JSON.stringify([prices.slice(start, end), sizes.slice(start, end)]));
  }
  return { length: count, markets, bids: sides, messages, counts };
}
