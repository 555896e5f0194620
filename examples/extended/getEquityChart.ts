/** GET /portfolio/charts/equities: the account's equity over a day, week, month, year or all time. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /portfolio/charts/equities (getEquityChart)",
});
const client = new ExtendedRestClient(env.rest);

const { accountId } = await client.getAccountInfo();
const points = await client.getEquityChart({ accountId, interval: "WEEK" });
console.log(`${points.length} equity points this week; last:`, points.at(-1));
