/** GET /api/v1/positionFunding (auth): the funding each position paid or received, newest first. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

const page = await client.getPositionFunding({ accountIndex: env.accountIndex, limit: 10, side: "all" });
for (const f of page.position_fundings) {
  console.log(
    `${new Date(f.timestamp * 1000).toISOString()} market ${f.market_id} ${f.position_side} ${f.position_size}: ${f.change} USDC at rate ${f.rate}`,
  );
}
// Funding settles hourly; a fresh simulator account has none yet.
console.log(`${page.position_fundings.length} funding payments`);
