/** Stream /candles/{market}/{candleType}?interval=: the live candle, updated as prices move. */
import { AbortedError } from "@perp/core";
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new ExtendedStreams(env.streams);

// Updates rewrite the current candle until its interval closes; key candles by their start time.
const candles = streams.watchCandles("BTC-USD", "mark-prices", "PT1M", {
  signal: AbortSignal.timeout(3_000),
});
let count = 0;
try {
  for await (const c of candles) {
    console.log(`${new Date(c.time).toISOString()}  o ${c.open}  h ${c.high}  l ${c.low}  c ${c.close}`);
    if (++count === 3) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
console.log(`${count} candle updates`);
await streams.close();
