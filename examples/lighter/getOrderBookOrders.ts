/** GET /api/v1/orderBookOrders: the resting orders at the top of one market's book (a one-off REST view). */
import { subDecimal } from "@perp/core";
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

// A separate, unsynchronised view: for a live book use the order_book stream (watchOrderBook.ts).
const book = await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 5 });
for (const ask of [...book.asks].reverse()) console.log(`  ask ${ask.price} x ${ask.remaining_base_amount}`);
for (const bid of book.bids) console.log(`  bid ${bid.price} x ${bid.remaining_base_amount}`);
const [bid] = book.bids;
const [ask] = book.asks;
if (bid !== undefined && ask !== undefined) console.log(`spread ${subDecimal(ask.price, bid.price)}`);
console.log(`${book.total_bids} bids and ${book.total_asks} asks in total`);
