/** Stream height: the latest L2 block height, as blocks are produced. */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const streams = new LighterStreams(env.ws);

let heights = 0;
try {
  for await (const h of streams.watchHeight({ signal: AbortSignal.timeout(3_000) })) {
    console.log(`block ${h.height}`);
    if (++heights === 3) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
await streams.close();
