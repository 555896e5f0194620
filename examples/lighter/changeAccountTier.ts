/** POST /api/v1/changeAccountTier (auth): switch between the Standard (zero-fee) and Premium tiers. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  writes: true,
  notServedBySimulator: "POST /api/v1/changeAccountTier (changeAccountTier)",
});
const client = new LighterRestClient(env.rest);

// Needs no open positions or orders, and can change once per 24 h: this only re-requests the current tier.
const limits = await client.getAccountLimits({ accountIndex: env.accountIndex });
const tier = limits.user_tier ?? "standard";
const result = await client.changeAccountTier({ accountIndex: env.accountIndex, newTier: tier });
console.log(`requested tier "${tier}": code ${result.code ?? "?"} ${result.message ?? ""}`);
