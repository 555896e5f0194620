/** Raw channel account_spot_avg_entry_prices/{account}: average entry prices of spot holdings (auth). */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "stream account_spot_avg_entry_prices/{account} (watchSpotAvgEntryPrices)",
});
const ws = new LighterWsClient(env.ws);

// The typed account stream does not map this channel: read its frames as the venue sends them.
const frames = ws.stream<Record<string, unknown>>({
  channel: lighterChannels.accountSpotAvgEntryPrices(env.accountIndex),
});
// The first frame is the snapshot; call next() again for updates.
const { value: frame } = await frames.next();
console.log(`${String(frame?.type)}: ${JSON.stringify(frame).slice(0, 300)}`);
await frames.unsubscribe();
await ws.close();
