/** GET /api/v1/accountLimits (auth): the account's tier and the fee rates it trades at. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

const limits = await client.getAccountLimits({ accountIndex: env.accountIndex });
// Fee ticks are millionths: 280 = 0.028 % = 2.8 bp.
console.log(
  `tier ${limits.user_tier_name ?? limits.user_tier}: maker ${limits.current_maker_fee_tick} / taker ${limits.current_taker_fee_tick} (1e-6)`,
);
console.log(`can create a public pool: ${limits.can_create_public_pool ?? false}`);
