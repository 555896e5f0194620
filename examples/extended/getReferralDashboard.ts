/** GET /user/referrals/dashboard: referred volume and rewards over a period. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/referrals/dashboard (getReferralDashboard)",
});
const client = new ExtendedRestClient(env.rest);

console.dir(await client.getReferralDashboard({ period: "MONTH" }), { depth: 3 });
