/** GET /info/builder/dashboard: builder-code statistics (volume and fees routed by builders). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "GET /info/builder/dashboard (getBuilderDashboard)",
});
const client = new ExtendedRestClient(env.rest);

const dashboard = await client.getBuilderDashboard();
console.log(`${dashboard.total.length} total rows, ${dashboard.daily.length} daily rows`);
console.log("first total row:", dashboard.total[0]);
