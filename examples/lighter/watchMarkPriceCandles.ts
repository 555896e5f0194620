/** Raw channel mark_price_candle/{market}/{resolution}: candles of the mark price. */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "stream mark_price_candle (watchMarkPriceCandles)" });
const ws = new LighterWsClient(env.ws);

// No typed watcher maps this channel: read its frames as the venue sends them.
const frames = ws.stream<Record<string, unknown>>({
  channel: lighterChannels.markPriceCandle(MARKET_ID, "1m"),
});
// The snapshot, then one update.
for (let i = 0; i < 2; i++) {
  const { value: frame } = await frames.next();
  console.log(`${String(frame?.type)}: ${JSON.stringify(frame).slice(0, 300)}`);
}
await frames.unsubscribe();
await ws.close();
