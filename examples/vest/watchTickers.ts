// The `tickers` stream: every market's mark and index price and hourly funding, one array per
// message (about once a second). Cheaper than polling GET /ticker/latest.
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let messages = 0;
  for await (const tickers of stream.watchTickers({ signal: AbortSignal.timeout(15_000) })) {
    const line = tickers.map((t) => `${t.symbol} ${t.markPrice}`).join("  ");
    console.log(`${tickers.length} markets: ${line}`);
    if (++messages === 2) break;
  }
} finally {
  await stream.close();
  await env.close();
}
