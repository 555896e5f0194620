/** POST /user/referrals/use: attach a referral code to the account (EXTENDED_REFERRAL_CODE). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  writes: true,
  notServedBySimulator: "POST /user/referrals/use (useReferralCode)",
});
const client = new ExtendedRestClient(env.rest);

const code = process.env.EXTENDED_REFERRAL_CODE?.trim();
if (code === undefined || code === "") {
  console.log("set EXTENDED_REFERRAL_CODE to the code to use (it can be set once per account)");
} else {
  await client.useReferralCode({ code });
  console.log(`referral code ${code} applied`);
}
