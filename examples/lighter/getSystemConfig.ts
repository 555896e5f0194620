/** GET /api/v1/systemConfig: protocol pool indexes (LLP, staking) and the integrator fee caps. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/systemConfig (getSystemConfig)" });
const client = new LighterRestClient(env.rest);

const config = await client.getSystemConfig();
// The pool indexes are what mintShares.ts and stakeAssets.ts sign as PublicPoolIndex / StakingPoolIndex.
console.log(`liquidity pool ${config.liquidity_pool_index}, staking pool ${config.staking_pool_index}`);
console.log(
  `integrator fee caps (1e-6): perps taker ${config.max_integrator_perps_taker_fee}, maker ${config.max_integrator_perps_maker_fee}`,
);
