/** Stream ticker/{market}: best bid and ask, each time they change. */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const streams = new LighterStreams(env.ws);

let ticks = 0;
try {
  for await (const t of streams.watchTicker(MARKET_ID, { signal: AbortSignal.timeout(3_000) })) {
    console.log(`bid ${t.bestBid?.price} x ${t.bestBid?.size}  ask ${t.bestAsk?.price} x ${t.bestAsk?.size}`);
    if (++ticks === 3) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
console.log(`${ticks} ticks`);
await streams.close();
