/** GET /user/rewards/leaderboard/stats: the account's place on the rewards leaderboard. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/rewards/leaderboard/stats (getRewardsLeaderboardStats)",
});
const client = new ExtendedRestClient(env.rest);

console.dir(await client.getRewardsLeaderboardStats(), { depth: 3 });
