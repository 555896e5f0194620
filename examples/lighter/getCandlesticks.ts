/** GET /api/v1/candlesticks: the legacy candle endpoint (long field names); new code should use getCandles.ts. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

const end = Date.now();
const { candlesticks } = await client.getCandlesticks({
  marketId: MARKET_ID,
  resolution: "1m",
  startTimestamp: end - 60 * 60 * 1000,
  endTimestamp: end,
  countBack: 5,
});
for (const k of candlesticks) {
  console.log(
    `${new Date(k.timestamp).toISOString()} open ${k.open} close ${k.close}, ${k.trade_count ?? 0} trades`,
  );
}
console.log(`${candlesticks.length} candlesticks`);
