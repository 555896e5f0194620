/** GET /api/v1/rollingInfo: rolling exchange statistics (returned as the venue sends them). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/rollingInfo (getRollingInfo)" });
const client = new LighterRestClient(env.rest);

// Undocumented parameters pass through `query`; the payload is kept as parsed.
const info = await client.getRollingInfo();
console.log(JSON.stringify(info).slice(0, 400));
