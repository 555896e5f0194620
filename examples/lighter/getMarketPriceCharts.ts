/** GET /api/v1/marketPriceCharts: price charts of a few markets (returned as the venue sends them). */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "GET /api/v1/marketPriceCharts (getMarketPriceCharts)",
});
const client = new LighterRestClient(env.rest);

// Undocumented payload: kept as parsed, numbers as exact text.
const charts = await client.getMarketPriceCharts({ marketIds: [MARKET_ID] });
console.log(JSON.stringify(charts).slice(0, 400));
