/** GET /user/referrals/status: whether the account can refer others, and its referrer. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/referrals/status (getReferralStatus)",
});
const client = new ExtendedRestClient(env.rest);

// Undocumented field set: printed as received.
console.dir(await client.getReferralStatus(), { depth: 3 });
