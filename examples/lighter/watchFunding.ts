/** Stream funding rates (from market_stats) in the venue-neutral FundingRate shape. */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new LighterStreams(env.ws);

let rates = 0;
try {
  for await (const f of streams.watchFunding(MARKET_ID, { signal: AbortSignal.timeout(3_000) })) {
    // Rate per interval as a fraction; positive: longs pay shorts.
    const next = f.nextFundingTime === undefined ? "?" : new Date(f.nextFundingTime).toISOString();
    console.log(
      `${f.symbol}: ${f.rate} per ${f.intervalMs / 3_600_000} h, mark ${f.markPrice}, next ${next}`,
    );
    if (++rates === 2) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
await streams.close();
