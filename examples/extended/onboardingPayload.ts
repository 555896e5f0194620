/** Signing flow: build the signed REGISTER payload onboard.ts sends, offline. */
import { buildOnboardingPayload, ExtendedRestClient, formatSigningTime } from "@perp/extended";
import { openEnv, walletFromEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);
const { wallet } = walletFromEnv();

const payload = await buildOnboardingPayload(wallet, {
  signingDomain: client.environment.onboardingSigningDomain,
  accountIndex: 0,
  time: formatSigningTime(new Date()),
  action: "REGISTER",
  host: client.environment.onboardingBaseUrl,
});
// l1Signature (EIP-712, by the wallet) accepts the terms; l2Signature (Stark) proves the new key.
console.log("accountCreation:", payload.accountCreation);
console.log(`l2Key ${payload.l2Key}`);
console.log(
  `l1Signature ${payload.l1Signature?.slice(0, 18)}…, l2Signature.r ${payload.l2Signature.r.slice(0, 18)}…`,
);
