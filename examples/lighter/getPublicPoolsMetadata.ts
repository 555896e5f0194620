/** GET /api/v1/publicPoolsMetadata: public pools (vaults) with their APY, fee and shares. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/publicPoolsMetadata (getPublicPoolsMetadata)",
});
const client = new LighterRestClient(env.rest);

const { public_pools } = await client.getPublicPoolsMetadata({ index: 0, limit: 5, filter: "all" });
for (const p of public_pools) {
  console.log(
    `pool ${p.account_index} "${p.name ?? ""}": APY ${p.annual_percentage_yield ?? "?"}, fee ${p.operator_fee ?? "?"}, TVL ${p.total_asset_value ?? "?"}`,
  );
}
