/** GET /api/v1/pnl (auth): the account's PnL chart (trading PnL, inflows and outflows per period). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", notServedBySimulator: "GET /api/v1/pnl (getPnl)" });
const client = new LighterRestClient(env.rest);

const end = Date.now();
const { pnl } = await client.getPnl({
  accountIndex: env.accountIndex,
  resolution: "1d",
  startTimestamp: end - 7 * 24 * 60 * 60 * 1000,
  endTimestamp: end,
  countBack: 7,
});
for (const p of pnl)
  console.log(
    `${new Date(p.timestamp * 1000).toISOString().slice(0, 10)}: trade PnL ${p.trade_pnl ?? "0"}, in ${p.inflow ?? "0"}, out ${p.outflow ?? "0"}`,
  );
