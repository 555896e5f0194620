/** GET /user/spot/balances: per-asset balances of multi-asset collateral accounts. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/spot/balances (getSpotBalances)",
});
const client = new ExtendedRestClient(env.rest);

const balances = await client.getSpotBalances();
console.log(`${balances.length} spot balances`);
for (const b of balances) console.log(`  ${b.asset.padEnd(6)} ${b.balance}`);
