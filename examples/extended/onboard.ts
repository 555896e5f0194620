/** POST /auth/onboard: register a wallet with Extended; its first sub-account is created with it. */
import { buildOnboardingPayload, ExtendedRestClient, formatSigningTime } from "@perp/extended";
import { openEnv, walletFromEnv } from "./_env.js";

await using env = await openEnv({ writes: true, notServedBySimulator: "POST /auth/onboard (onboard)" });
const client = new ExtendedRestClient(env.rest);
// Without EXTENDED_ETH_PRIVATE_KEY a fresh wallet is registered (fine on testnet).
const { wallet } = walletFromEnv();

// The wallet signs twice: the Stark key derivation (index 0 = main account) and the registration.
const payload = await buildOnboardingPayload(wallet, {
  signingDomain: client.environment.onboardingSigningDomain,
  accountIndex: 0,
  time: formatSigningTime(new Date()),
  action: "REGISTER",
  host: client.environment.onboardingBaseUrl,
});
const onboarded = await client.onboard({ payload });
console.log(
  `registered ${onboarded.l1Address}: account ${onboarded.defaultAccount.accountId}, vault ${onboarded.defaultAccount.l2Vault}`,
);
// The Stark key is re-derivable from the wallet at any time (deriveStarkKey.ts); next: createApiKey.ts.
console.log(`Stark public key ${payload.signer.publicKeyHex}`);
