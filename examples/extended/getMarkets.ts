/** GET /info/markets: every market with its trading rules and the ids orders are signed with. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const markets = await client.getMarkets();
// tradingConfig holds the tick (minPriceChange) and lot (minOrderSizeChange) every order must respect.
console.table(
  markets.map((m) => ({
    market: m.name,
    status: m.status,
    lastPrice: m.marketStats.lastPrice,
    tick: m.tradingConfig.minPriceChange,
    minSize: m.tradingConfig.minOrderSize,
    maxLeverage: m.tradingConfig.maxLeverage,
  })),
);
