/** GET /api/v1/markPriceCandles: candles of the mark price (what margin and liquidations use). */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "GET /api/v1/markPriceCandles (getMarkPriceCandles)",
});
const client = new LighterRestClient(env.rest);

const end = Date.now();
const { c: candles } = await client.getMarkPriceCandles({
  marketId: MARKET_ID,
  resolution: "1h",
  startTimestamp: end - 24 * 60 * 60 * 1000,
  endTimestamp: end,
  countBack: 5,
});
for (const k of candles) console.log(`${new Date(k.t).toISOString()} o ${k.o} h ${k.h} l ${k.l} c ${k.c}`);
