/** GET /vault/public/summary: the Extended vault's summary (TVL, returns). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /vault/public/summary (getVaultSummary)" });
const client = new ExtendedRestClient(env.rest);

// The response has no documented field set, so the SDK returns the parsed JSON as is.
const summary = await client.getVaultSummary();
console.dir(summary, { depth: 2 });
