/** POST /auth/onboard/subaccount: add a sub-account (own vault, Stark key and API keys) to a wallet. */
import { buildOnboardingPayload, ExtendedRestClient, formatSigningTime } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "wallet",
  writes: true,
  notServedBySimulator: "POST /auth/onboard/subaccount (onboardSubaccount)",
});
const client = new ExtendedRestClient(env.rest);
const { wallet } = env;

// Sub-account n's Stark key is derived from the wallet with accountIndex n: take the next free one.
const existing = await client.getWalletAccounts({ wallet });
const accountIndex = Math.max(...existing.map((a) => a.accountIndex)) + 1;
const payload = await buildOnboardingPayload(wallet, {
  signingDomain: client.environment.onboardingSigningDomain,
  accountIndex,
  time: formatSigningTime(new Date()),
  action: "CREATE_SUB_ACCOUNT",
  host: client.environment.onboardingBaseUrl,
});
const account = await client.onboardSubaccount({
  wallet,
  payload,
  description: `example sub-account ${accountIndex}`,
});
console.log(
  `created sub-account ${account.accountId} (index ${account.accountIndex}), vault ${account.l2Vault}`,
);
