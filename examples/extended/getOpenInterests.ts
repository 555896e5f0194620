/** GET /info/{market}/open-interests: open interest history, hourly or daily samples. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const now = Date.now();
const samples = await client.getOpenInterests({
  market: "BTC-USD",
  interval: "P1H",
  startTime: now - 24 * 60 * 60 * 1000,
  endTime: now,
  limit: 5,
});
console.log(`${samples.length} hourly open-interest samples of BTC-USD:`);
for (const s of samples) {
  console.log(`  ${new Date(s.time).toISOString()}  ${s.openInterestBase} BTC  (${s.openInterest} USD)`);
}
