/** GET /api/v1/layer1BasicInfo: Lighter's Ethereum contracts, L1 providers and sync heights. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/layer1BasicInfo (getLayer1BasicInfo)" });
const client = new LighterRestClient(env.rest);

const info = await client.getLayer1BasicInfo();
for (const c of info.contract_addresses) console.log(`${c.name}: ${c.address}`);
console.log(
  `providers healthy: ${info.l1_providers_health ?? "?"}, latest L1 block ${info.latest_l1_generic_block ?? "?"}`,
);
