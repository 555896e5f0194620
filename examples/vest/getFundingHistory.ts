// GET /funding/history: the hourly funding rates a market applied. Positive rates
// mean longs pay shorts; multiply by 24 * 365 for a rough annualised carry.
import { mulDecimal } from "@perp/core";
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  const rates = await client.getFundingHistory({ symbol: env.symbol, interval: "1h", limit: 5 });
  console.log(`${env.symbol}: last ${rates.length} hourly funding rates`);
  for (const r of rates) {
    const yearly = mulDecimal(r.oneHrFundingRate, "876000"); // × 24 × 365 × 100 (%)
    console.log(`  ${new Date(r.time).toISOString()}  ${r.oneHrFundingRate}  (~${yearly} %/year)`);
  }
} finally {
  await env.close();
}
