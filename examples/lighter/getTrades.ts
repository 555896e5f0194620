/** GET /api/v1/trades: fills filtered by market (or account, order, side, role), newest first, cursor-paginated. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

const page = await client.getTrades({ sortBy: "timestamp", limit: 5, marketId: MARKET_ID });
for (const t of page.trades) {
  console.log(`${t.trade_id}: ${t.size} @ ${t.price}, ask order ${t.ask_id} / bid order ${t.bid_id}`);
}
// Pass next_cursor back as `cursor` for the next page (paginateTrades.ts does it for you).
console.log(`${page.trades.length} trades, next cursor ${page.next_cursor ?? "(last page)"}`);
