// Funding as @perp/core's venue-neutral FundingRate (rate per interval, interval length, next
// payment), read from the `tickers` channel: the shape to use when comparing venues.
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  for await (const f of stream.watchFunding(env.symbol, { signal: AbortSignal.timeout(15_000) })) {
    const next = f.nextFundingTime === undefined ? "-" : new Date(f.nextFundingTime).toISOString();
    console.log(
      `${f.symbol}: ${f.rate} every ${f.intervalMs / 60_000} min, next payment ${next}, mark ${f.markPrice}`,
    );
    break;
  }
} finally {
  await stream.close();
  await env.close();
}
