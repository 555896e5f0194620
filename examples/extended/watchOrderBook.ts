/** Stream /orderbooks/{market}: a live order book, snapshot first, then deltas applied for you. */
import { AbortedError } from "@perp/core";
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new ExtendedStreams(env.streams);

// Each item is the whole book after an update; sequence gaps resync it from a fresh snapshot.
const books = streams.watchOrderBook("BTC-USD", { signal: AbortSignal.timeout(3_000) });
let updates = 0;
try {
  for await (const book of books) {
    const [bid] = book.bids;
    const [ask] = book.asks;
    console.log(
      `seq ${book.sequence}: best bid ${bid?.price} x ${bid?.size}  best ask ${ask?.price} x ${ask?.size}`,
    );
    if (++updates === 3) break;
  }
} catch (error) {
  // A quiet market may send fewer than 3 updates in 3 s.
  if (!(error instanceof AbortedError)) throw error;
}
console.log(`${updates} book updates`);
await streams.close();
