/** Stream order_book/{market}: a live book, snapshot first, then updates applied for you (gaps resync). */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new LighterStreams(env.ws);

// Each item is the whole book (10 levels a side here) after a snapshot or update.
const books = streams.watchOrderBook(MARKET_ID, { depth: 10, signal: AbortSignal.timeout(5_000) });
let updates = 0;
try {
  for await (const book of books) {
    const [bid] = book.bids;
    const [ask] = book.asks;
    console.log(`nonce ${book.sequence}: bid ${bid?.price} x ${bid?.size}  ask ${ask?.price} x ${ask?.size}`);
    if (++updates === 3) break;
  }
} catch (error) {
  // A quiet market may send fewer updates in 5 s.
  if (!(error instanceof AbortedError)) throw error;
}
console.log(`${updates} books`);
await streams.close();
