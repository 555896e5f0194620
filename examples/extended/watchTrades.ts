/** Stream /publicTrades/{market}: every public trade as it happens. */
import { AbortedError } from "@perp/core";
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

// On the simulator a second test account trades in the background so there is something to see.
await using env = await openEnv({ simulatorTrades: true });
const streams = new ExtendedStreams(env.streams);

let count = 0;
try {
  for await (const t of streams.watchTrades("BTC-USD", { signal: AbortSignal.timeout(3_000) })) {
    console.log(
      `${new Date(t.time).toISOString()}  ${t.side.padEnd(4)} ${t.qty} @ ${t.price}  (trade ${t.id})`,
    );
    if (++count === 3) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
console.log(`${count} trades`);
await streams.close();
