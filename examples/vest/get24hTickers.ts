// GET /ticker/24hr: rolling 24-hour open/close, range and volume. Fields are null for a market that
// has not traded in the window, so print them with a fallback instead of assuming a number.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  for (const t of await client.get24hTickers({ symbols: [env.symbol] })) {
    const since = new Date(t.openTime).toISOString();
    console.log(`${t.symbol} since ${since}`);
    console.log(
      `  open ${t.openPrice ?? "-"}  close ${t.closePrice ?? "-"}  change ${t.priceChangePercent ?? "-"} %`,
    );
    console.log(`  high ${t.highPrice ?? "-"}  low ${t.lowPrice ?? "-"}  volume ${t.volume ?? "-"}`);
  }
} finally {
  await env.close();
}
