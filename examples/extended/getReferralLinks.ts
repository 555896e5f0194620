/** GET /user/referrals/links: the account's referral codes. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/referrals/links (getReferralLinks)",
});
const client = new ExtendedRestClient(env.rest);

console.dir(await client.getReferralLinks(), { depth: 3 });
