/** GET /api/v1/upcomingEarnings: upcoming earnings dates of listed equities (stock perpetuals move on them). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  notServedBySimulator: "GET /api/v1/upcomingEarnings (getUpcomingEarnings)",
});
const client = new LighterRestClient(env.rest);

const earnings = await client.getUpcomingEarnings();
console.log(JSON.stringify(earnings).slice(0, 400));
