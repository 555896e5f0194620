/** GET /api/v1/trades, every page: iterateTrades follows next_cursor for you (capped here at 3 pages). */
import { iterateTrades, LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

// Each item is a page; maxPages bounds the walk (omit it to read the whole history).
let page = 0;
for await (const { trades } of iterateTrades(
  client,
  { sortBy: "trade_id", limit: 2, marketId: MARKET_ID },
  { maxPages: 3 },
)) {
  console.log(`page ${++page}: ${trades.map((t) => `#${t.trade_id} ${t.size} @ ${t.price}`).join(", ")}`);
}
