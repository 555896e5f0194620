/** Stream candle/{market}/{resolution}: the open candle as it updates. */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "stream candle/{market}/{resolution} (watchCandles)",
});
const streams = new LighterStreams(env.ws);

let candles = 0;
try {
  for await (const k of streams.watchCandles(MARKET_ID, "1m", { signal: AbortSignal.timeout(10_000) })) {
    console.log(
      `${new Date(k.openTime).toISOString()} o ${k.open} h ${k.high} l ${k.low} c ${k.close} v ${k.baseVolume}`,
    );
    if (++candles === 3) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
await streams.close();
