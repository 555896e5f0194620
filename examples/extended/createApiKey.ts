/** POST /api/v1/user/account/api-key: create an API key for one sub-account, signed by the wallet. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "wallet",
  writes: true,
  notServedBySimulator: "POST /api/v1/user/account/api-key (createApiKey)",
});
const client = new ExtendedRestClient(env.rest);
const { wallet } = env;

// API-key management is authenticated by the wallet's signature (L1 headers), not by an API key.
const [account] = await client.getWalletAccounts({ wallet });
if (account === undefined) throw new Error("this wallet has no account yet: run onboard.ts first");
const apiKey = await client.createApiKey({ wallet, accountId: account.accountId, description: "examples" });
// Store the key in your secret store here; it is masked in SDK errors and logs, and never printed.
console.log(`created an API key for account ${account.accountId} (${apiKey.length} characters)`);
