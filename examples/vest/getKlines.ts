// GET /klines: OHLCV candles of one market, oldest first. The last candle is still open: its close
// moves until closeTime passes.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  const candles = await client.getKlines({ symbol: env.symbol, interval: "1m", limit: 5 });
  console.log(`${env.symbol} 1m candles: ${candles.length}`);
  for (const c of candles) {
    const at = new Date(c.openTime).toISOString().slice(11, 16);
    console.log(`  ${at}  O ${c.open}  H ${c.high}  L ${c.low}  C ${c.close}  vol ${c.volume}`);
  }
} finally {
  await env.close();
}
