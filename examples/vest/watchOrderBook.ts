// The {symbol}@depth stream: Vest sends the whole book in every frame, several times a second, so
// each message replaces the book. The iterator drops the oldest books when you fall behind: you
// always get the freshest one. `break` unsubscribes.
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let books = 0;
  // The signal turns a silent feed into an error instead of a hang.
  for await (const book of stream.watchOrderBook(env.symbol, { signal: AbortSignal.timeout(15_000) })) {
    const [bid] = book.bids;
    const [ask] = book.asks;
    console.log(
      `${new Date(book.timestamp).toISOString()}  ${book.bids.length} bids / ${book.asks.length} asks  ` +
        `best ${bid?.size} @ ${bid?.price}  |  ${ask?.size} @ ${ask?.price}`,
    );
    if (++books === 3) break;
  }
} finally {
  await stream.close();
  await env.close();
}
