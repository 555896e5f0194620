/** GET /user/rewards/earned: points and rewards the account earned. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/rewards/earned (getRewardsEarned)",
});
const client = new ExtendedRestClient(env.rest);

console.dir(await client.getRewardsEarned(), { depth: 3 });
