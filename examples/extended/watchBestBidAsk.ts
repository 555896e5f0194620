/** Stream /orderbooks/{market}?depth=1: only the best bid and ask, the cheapest way to track the spread. */
import { subDecimal } from "@perp/core";
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new ExtendedStreams(env.streams);

// The listener form: called with the top of book on every change, until unsubscribed.
const subscription = await streams.watchOrderBook(
  "BTC-USD",
  (book) => {
    const bid = book.bids[0]?.price;
    const ask = book.asks[0]?.price;
    if (bid !== undefined && ask !== undefined)
      console.log(`bid ${bid}  ask ${ask}  spread ${subDecimal(ask, bid)}`);
  },
  { depth: 1 },
);
await new Promise((resolve) => setTimeout(resolve, 2_000));
await subscription.unsubscribe();
await streams.close();
