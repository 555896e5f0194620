/** Raw channel notification/{account}: liquidation, deleverage and other account notifications (auth). */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "stream notification/{account} (watchNotifications)",
});
const ws = new LighterWsClient(env.ws);

// The typed account stream does not map this channel: read its frames as the venue sends them.
const frames = ws.stream<Record<string, unknown>>({
  channel: lighterChannels.notification(env.accountIndex),
});
// The first frame is the snapshot; call next() again for updates.
const { value: frame } = await frames.next();
console.log(`${String(frame?.type)}: ${JSON.stringify(frame).slice(0, 300)}`);
await frames.unsubscribe();
await ws.close();
