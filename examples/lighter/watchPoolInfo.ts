/** Raw channel pool_info/{account}: a public pool's status, fee, shares and returns (auth). */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "stream pool_info/{account} (watchPoolInfo)",
});
const ws = new LighterWsClient(env.ws);

// The typed account stream does not map this channel: read its frames as the venue sends them.
const frames = ws.stream<Record<string, unknown>>({ channel: lighterChannels.poolInfo(env.accountIndex) });
// The first frame is the snapshot; call next() again for updates.
const { value: frame } = await frames.next();
console.log(`${String(frame?.type)}: ${JSON.stringify(frame).slice(0, 300)}`);
await frames.unsubscribe();
await ws.close();
