/** GET /api/v1/funding-rates: the current funding rate of every market, next to reference exchanges. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const { funding_rates: rates } = await client.getFundingRates();
const lighter = rates.filter((r) => r.exchange === "lighter");
for (const r of lighter.slice(0, 10)) console.log(`${r.market_id} ${r.symbol}: ${r.rate}`);
console.log(
  `${lighter.length} Lighter markets (${rates.length - lighter.length} reference rates from other venues)`,
);
