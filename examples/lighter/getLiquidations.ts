/** GET /api/v1/liquidations (auth): liquidations and deleverages that hit the account. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/liquidations (getLiquidations)",
});
const client = new LighterRestClient(env.rest);

const page = await client.getLiquidations({ accountIndex: env.accountIndex, limit: 10 });
for (const l of page.liquidations)
  console.log(
    `${new Date(l.executed_at).toISOString()} market ${l.market_id} ${l.type}: ${l.trade?.size ?? "?"} @ ${l.trade?.price ?? "?"}`,
  );
console.log(`${page.liquidations.length} liquidations`);
