/** GET /api/v1/fundings: a market's funding history (hourly or daily), rate and who paid. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const end = Date.now();
const { fundings } = await client.getFundings({
  marketId: MARKET_ID,
  resolution: "1h",
  startTimestamp: end - 24 * 60 * 60 * 1000,
  endTimestamp: end,
  countBack: 5,
});
for (const f of fundings) {
  // `rate` is unsigned; `direction` says which side paid ("long": longs paid shorts).
  console.log(`${new Date(f.timestamp * 1000).toISOString()} ${f.direction} paid ${f.rate}`);
}
// A freshly started simulator has not reached its first hourly funding yet.
console.log(`${fundings.length} funding payments in the last 24 h`);
