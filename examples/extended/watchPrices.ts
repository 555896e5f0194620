/** Streams /prices/mark/{market} and /prices/index/{market}: the prices margin and funding use. */
import { type ExtendedPrice, ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new ExtendedStreams(env.streams);

// Mark prices drive unrealised PnL and liquidations; the index is the spot reference.
let seen = 0;
let enough = (): void => {};
const threePrices = new Promise<void>((resolve) => {
  enough = resolve;
});
const show = (p: ExtendedPrice): void => {
  console.log(`${p.kind.padEnd(5)} ${p.price}  at ${new Date(p.timestamp).toISOString()}`);
  if (++seen === 3) enough();
};
const subscriptions = await Promise.all([
  streams.watchPrices("mark", "BTC-USD", show),
  streams.watchPrices("index", "BTC-USD", show),
]);
// Prices are pushed when they change: wait for 3 of them, or 3 s.
await Promise.race([threePrices, new Promise((resolve) => setTimeout(resolve, 3_000))]);
console.log(`${seen} price updates`);
await Promise.all(subscriptions.map((s) => s.unsubscribe()));
await streams.close();
