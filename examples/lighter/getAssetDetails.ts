/** GET /api/v1/assetDetails: collateral and spot assets with decimals, transfer/withdrawal minimums and risk limits. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/assetDetails (getAssetDetails)" });
const client = new LighterRestClient(env.rest);

// asset_id is what L2Transfer / L2Withdraw sign as AssetIndex (USDC is 3).
const { asset_details } = await client.getAssetDetails();
for (const a of asset_details) {
  console.log(
    `${a.asset_id} ${a.symbol}: ${a.decimals} decimals, min withdrawal ${a.min_withdrawal_amount ?? "-"}, margin ${a.margin_mode ?? "-"}`,
  );
}
