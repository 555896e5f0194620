/** GET /api/v1/exchangeStats: exchange-wide 24 h volume and trade count, and per-market figures. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

const stats = await client.getExchangeStats();
console.log(`24 h: ${stats.daily_usd_volume ?? "0"} USD in ${stats.daily_trades_count ?? 0} trades`);
for (const s of stats.order_book_stats.slice(0, 10)) {
  console.log(`  ${s.symbol}: last ${s.last_trade_price ?? "-"}, change ${s.daily_price_change ?? "0"} %`);
}
