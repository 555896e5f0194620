/** GET /api/v1/tokenlist: display metadata of listed tokens (names, logos, categories). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/tokenlist (getTokenList)" });
const client = new LighterRestClient(env.rest);

const { tokens } = await client.getTokenList();
for (const t of tokens.slice(0, 10))
  console.log(
    `${t.symbol} (${t.name ?? "-"}): ${t.market ?? "-"} ${t.asset_type ?? ""} ${t.categories.join(",")}`,
  );
console.log(`${tokens.length} tokens`);
