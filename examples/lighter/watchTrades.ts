/** Stream trade/{market}: public trades as they happen (callback form), for a few seconds. */
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ simulatorTrades: true });
const streams = new LighterStreams(env.ws);

let trades = 0;
// The first frame replays the latest trades; `side` is the taker's side.
const subscription = await streams.watchTrades(MARKET_ID, (t) => {
  trades++;
  console.log(
    `${new Date(t.timestamp).toISOString()} ${t.side.toUpperCase()} ${t.size} @ ${t.price} (trade ${t.id})`,
  );
});
await new Promise((resolve) => setTimeout(resolve, 2_000));
await subscription.unsubscribe();
console.log(`${trades} trades in 2 s`);
await streams.close();
