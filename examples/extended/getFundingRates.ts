/** GET /info/{market}/funding: the hourly funding rates applied over a time range (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const now = Date.now();
const page = await client.getFundingRates({
  market: "BTC-USD",
  startTime: now - 24 * 60 * 60 * 1000,
  endTime: now,
  limit: 10,
});
// A fresh simulator has applied no funding yet; Extended applies it every hour.
console.log(`${page.items.length} funding rates in the last 24 h (newest first):`);
for (const f of page.items) console.log(`  ${new Date(f.time).toISOString()}  ${f.fundingRate}`);
// Pass page.cursor back as `cursor` for the next page.
console.log(`next cursor: ${page.cursor ?? "none"}`);
