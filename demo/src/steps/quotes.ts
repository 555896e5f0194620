import { mulDecimal, subDecimal } from "@perp/core";
import type { StepContext } from "./session.js";

const BOOK_TIMEOUT_MS = 10_000;
const HOUR_MS = 3_600_000;

/** Follows each venue's BTC book on its stream and reads its funding rate: the same asset, side by side. */
export async function showQuotes(ctx: StepContext): Promise<void> {
  for (const session of ctx.sessions) {
    const subscription = await session.perp.watchOrderBook(
      session.symbol,
      (book) => {
        session.book = book;
        session.bookChanges.notify();
      },
      { signal: ctx.signal, onError: (error) => ctx.fail(error) },
    );
    ctx.defer(() => subscription.unsubscribe());
    const book = await session.bookChanges.until(
      `a two-sided ${session.symbol} book`,
      () =>
        session.book?.bids[0] !== undefined && session.book.asks[0] !== undefined ? session.book : undefined,
      { step: "quotes", venue: session.name, timeoutMs: BOOK_TIMEOUT_MS, signal: ctx.signal },
    );
    const funding = await session.perp.fetchFunding(session.symbol, { signal: ctx.signal });
    session.funding = funding;
    const bid = book.bids[0];
    const ask = book.asks[0];
    if (bid === undefined || ask === undefined) continue;
    const percent = mulDecimal(funding.rate, "100");
    const hours = funding.intervalMs / HOUR_MS;
    ctx.reporter.step(
      "quote",
      session.name,
      `${session.symbol}  bid ${bid.price} (${bid.size})  ask ${ask.price} (${ask.size})  spread ${subDecimal(ask.price, bid.price)}` +
        `  funding ${percent} % per ${hours} h${funding.markPrice === undefined ? "" : `  mark ${funding.markPrice}`}`,
      {
        symbol: session.symbol,
        bid: bid.price,
        bidSize: bid.size,
        ask: ask.price,
        askSize: ask.size,
        fundingRate: funding.rate,
        fundingIntervalMs: funding.intervalMs,
        markPrice: funding.markPrice ?? null,
      },
    );
  }
}
