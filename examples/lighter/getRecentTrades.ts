/** GET /api/v1/recentTrades: the latest fills of a market (weight 600: prefer watchTrades.ts for a feed). */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

const { trades } = await client.getRecentTrades({ marketId: MARKET_ID, limit: 5 });
for (const t of trades) {
  // is_maker_ask: the resting order was the sell, so the taker bought.
  console.log(
    `${new Date(t.timestamp).toISOString()} ${t.is_maker_ask ? "BUY " : "SELL"} ${t.size} @ ${t.price} (trade ${t.trade_id})`,
  );
}
console.log(`${trades.length} trades`);
