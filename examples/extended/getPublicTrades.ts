/** GET /info/markets/{market}/trades: the most recent public trades of a market. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

// On the simulator a second test account trades in the background so there is something to list.
await using env = await openEnv({ simulatorTrades: true });
const client = new ExtendedRestClient(env.rest);

const trades = await client.getPublicTrades({ market: "BTC-USD" });
console.log(`${trades.length} recent BTC-USD trades (side is the taker's):`);
for (const t of trades.slice(0, 5)) {
  console.log(
    `  ${new Date(t.time).toISOString()}  ${t.side.padEnd(4)} ${t.qty} @ ${t.price}  (${t.tradeType})`,
  );
}
