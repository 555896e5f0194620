/** GET /info/markets/{market}/orderbook: a one-off snapshot of the whole book. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

// The REST book carries no sequence number: for a live book use the stream (watchOrderBook.ts).
const book = await client.getOrderBook({ market: "BTC-USD" });
console.log(`${book.market}: ${book.bid.length} bid levels, ${book.ask.length} ask levels`);
for (const ask of book.ask.slice(0, 3).reverse()) console.log(`  ask ${ask.price.padStart(10)}  ${ask.qty}`);
console.log("  ----------------");
for (const bid of book.bid.slice(0, 3)) console.log(`  bid ${bid.price.padStart(10)}  ${bid.qty}`);
