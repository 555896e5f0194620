/** GET /portfolio/charts/pnl: total or realised PnL over time. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /portfolio/charts/pnl (getPnlChart)",
});
const client = new ExtendedRestClient(env.rest);

const { accountId } = await client.getAccountInfo();
const points = await client.getPnlChart({ accountId, interval: "MONTH", pnlType: "REALISED_PNL" });
console.log(`${points.length} realised-PnL points this month; last:`, points.at(-1));
