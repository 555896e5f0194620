/** GET /api/v1/exchangeMetrics: an exchange-wide metric series (e.g. daily volume). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/exchangeMetrics (getExchangeMetrics)" });
const client = new LighterRestClient(env.rest);

// `period` and `kind` are passed through as the venue names them.
const { metrics } = await client.getExchangeMetrics({ period: "d", kind: "volume" });
for (const m of metrics.slice(-5))
  console.log(`${new Date(m.timestamp * 1000).toISOString().slice(0, 10)}: ${m.data}`);
console.log(`${metrics.length} points`);
