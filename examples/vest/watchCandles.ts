// The {symbol}@kline_{interval} stream: updates of the current candle. Updates repeat the open
// candle's openTime until it closes, so upsert by openTime instead of appending.
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let updates = 0;
  for await (const c of stream.watchCandles(env.symbol, "1m", { signal: AbortSignal.timeout(30_000) })) {
    const at = new Date(c.openTime).toISOString().slice(11, 16);
    console.log(`${c.symbol} ${at}  O ${c.open}  H ${c.high}  L ${c.low}  C ${c.close}  trades ${c.trades}`);
    if (++updates === 3) break;
  }
} finally {
  await stream.close();
  await env.close();
}
