// One market's ticker, picked out of the all-market `tickers` channel: mark, index, funding and
// the long/short imbalance Vest prices with.
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let messages = 0;
  for await (const t of stream.watchTicker(env.symbol, { signal: AbortSignal.timeout(15_000) })) {
    console.log(
      `${t.symbol} mark ${t.markPrice}  index ${t.indexPrice}  funding/h ${t.fundingRate}  ` +
        `imbalance ${t.imbalance ?? "-"}  ${t.status ?? ""}`,
    );
    if (++messages === 2) break;
  }
} finally {
  await stream.close();
  await env.close();
}
