/** GET /vault/public/performance: the Extended vault's performance over an interval. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "GET /vault/public/performance (getVaultPerformance)",
});
const client = new ExtendedRestClient(env.rest);

// The response has no documented field set, so the SDK returns the parsed JSON as is.
const performance = await client.getVaultPerformance({ interval: "WEEK" });
console.dir(performance, { depth: 2 });
