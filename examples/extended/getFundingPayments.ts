/** GET /user/funding/history: funding the sub-account paid or received (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const weekAgo = Date.now() - 7 * 24 * 60 * 60 * 1000;
const page = await client.getFundingPayments({ startTime: weekAgo, limit: 10 });
// Funding is paid hourly on open positions; a fresh simulator account has none yet.
console.log(`${page.items.length} funding payments in the last 7 days:`);
for (const f of page.items) {
  console.log(
    `  ${new Date(f.paidTime).toISOString()}  ${f.market} ${f.side} ${f.size}  rate ${f.fundingRate}  fee ${f.fundingFee}`,
  );
}
