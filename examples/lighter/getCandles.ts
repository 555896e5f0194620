/** GET /api/v1/candles: OHLCV candles of a market (t, o/h/l/c, v base volume, V quote volume). */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const client = new LighterRestClient(env.rest);

const end = Date.now();
const { c: candles } = await client.getCandles({
  marketId: MARKET_ID,
  resolution: "1m",
  startTimestamp: end - 60 * 60 * 1000,
  endTimestamp: end,
  countBack: 5,
});
for (const k of candles) {
  console.log(`${new Date(k.t).toISOString()} o ${k.o} h ${k.h} l ${k.l} c ${k.c} v ${k.v ?? "0"}`);
}
console.log(`${candles.length} candles`);
