/** Raw channel spot_market_stats/all: prices and daily figures of the spot markets. */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "stream spot_market_stats (watchSpotMarketStats)" });
const ws = new LighterWsClient(env.ws);

// No typed watcher maps this channel: read its frames as the venue sends them.
const frames = ws.stream<Record<string, unknown>>({ channel: lighterChannels.spotMarketStats("all") });
// The snapshot, then one update.
for (let i = 0; i < 2; i++) {
  const { value: frame } = await frames.next();
  console.log(`${String(frame?.type)}: ${JSON.stringify(frame).slice(0, 300)}`);
}
await frames.unsubscribe();
await ws.close();
