/** Stream /funding/{market}: funding rates as Extended applies them (once an hour). */
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new ExtendedStreams(env.streams);

// Funding is applied hourly, so a short session usually sees nothing: keep the subscription for
// the lifetime of the app, and use getMarketStats for the current (predicted) rate.
const subscription = await streams.watchFunding("BTC-USD", (f) => {
  console.log(
    `${f.symbol}: ${f.rate} per ${f.intervalMs / 60_000} min at ${new Date(f.timestamp).toISOString()}`,
  );
});
console.log("subscribed to BTC-USD funding; listening for 2 s");
await new Promise((resolve) => setTimeout(resolve, 2_000));
await subscription.unsubscribe();
await streams.close();
