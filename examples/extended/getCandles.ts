/** GET /info/candles/{market}/{candleType}: OHLC candles of trades, mark prices or index prices. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

// Mark-price candles exist even when nothing traded; "trades" candles also carry volume.
const candles = await client.getCandles({
  market: "BTC-USD",
  candleType: "mark-prices",
  interval: "PT1M",
  limit: 5,
});
console.log(`last ${candles.length} one-minute mark-price candles of BTC-USD (newest first):`);
for (const c of candles) {
  console.log(`  ${new Date(c.time).toISOString()}  o ${c.open}  h ${c.high}  l ${c.low}  c ${c.close}`);
}
