import type { OrderBookSnapshot } from "@perp/core";
import type { BookSummary, StepResult } from "./contract.js";

/** Runs one step, turning a throw into a reported failure so the other steps still run. */
export async function step<T>(run: () => Promise<T> | T): Promise<StepResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : "";
  return `${error.name}: ${error.message}${cause}`;
}

/**
 * The first book a stream delivers with both sides quoted; leaving the loop unsubscribes. A
 * stream that ends or is aborted first is a failure.
 */
export async function firstTwoSidedBook(books: AsyncIterable<OrderBookSnapshot>): Promise<BookSummary> {
  for await (const book of books) {
    const [bestBid] = book.bids;
    const [bestAsk] = book.asks;
    if (bestBid === undefined || bestAsk === undefined) continue;
    return {
      symbol: book.symbol,
      bidLevels: book.bids.length,
      askLevels: book.asks.length,
      bestBid: { price: bestBid.price, size: bestBid.size },
      bestAsk: { price: bestAsk.price, size: bestAsk.size },
      sequence: book.sequence,
    };
  }
  throw new Error("the order-book stream ended before it delivered a book with a bid and an ask");
}

export function bytesToHex(bytes: Uint8Array): `0x${string}` {
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** A little-endian hex encoding (no 0x), as Lighter writes scalars, read as an integer. */
export function leHexToBigInt(hex: string): bigint {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) throw new Error("expected little-endian hex bytes");
  let value = 0n;
  for (let i = hex.length - 2; i >= 0; i -= 2) value = (value << 8n) | BigInt(`0x${hex.slice(i, i + 2)}`);
  return value;
}

export function hexToBase64(hex: string): string {
  const bytes = hex.match(/../g) ?? [];
  return btoa(String.fromCharCode(...bytes.map((b) => Number.parseInt(b, 16))));
}
