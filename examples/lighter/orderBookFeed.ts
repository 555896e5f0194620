/** Stream order_book/{market} with the feed's events: snapshots, books, gaps and resyncs, for a market maker. */
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new LighterStreams(env.ws);

const feed = streams.orderBook(MARKET_ID, { symbol: "ETH", depth: 5 });
feed.on("snapshot", (book) => console.log(`snapshot: ${book.bids.length} bids, ${book.asks.length} asks`));
// A gap (an update that does not follow the last nonce) makes the feed resubscribe for a fresh snapshot.
feed.on("gap", (error) => console.log(`gap: ${error.message}`));
feed.on("resync", (event) => console.log(`resync ${event.phase}`));
feed.on("stale", (reason) => console.log(`book not current: ${reason}`));
await feed.start();
// The live book is always at hand, without waiting for the next event.
console.log(
  `best bid ${feed.book.bestBid()?.price}, best ask ${feed.book.bestAsk()?.price}, status ${feed.status}`,
);
await feed.stop();
await streams.close();
