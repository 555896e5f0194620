/** Stream market_stats/all: mark and index price, open interest, funding and daily figures of every market. */
import { AbortedError } from "@perp/core";
import { LighterStreams } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const streams = new LighterStreams(env.ws);

let items = 0;
try {
  // One item per market per frame; pass a market id instead of "all" for one market.
  for await (const s of streams.watchMarketStats("all", { signal: AbortSignal.timeout(3_000) })) {
    console.log(
      `market ${s.marketId}: mark ${s.markPrice}, index ${s.indexPrice}, OI ${s.openInterest}, funding ${s.currentFundingRate}`,
    );
    if (++items === 4) break;
  }
} catch (error) {
  if (!(error instanceof AbortedError)) throw error;
}
await streams.close();
