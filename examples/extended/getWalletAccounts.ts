/** GET /api/v1/user/accounts (wallet-signed): the wallet's sub-accounts, without any API key. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "wallet",
  notServedBySimulator: "GET /api/v1/user/accounts with L1 headers (getWalletAccounts)",
});
const client = new ExtendedRestClient(env.rest);
const { wallet } = env;

const accounts = await client.getWalletAccounts({ wallet });
console.log(`${wallet.address} has ${accounts.length} sub-accounts:`);
for (const a of accounts)
  console.log(`  ${a.accountId} index ${a.accountIndex} "${a.description ?? ""}" vault ${a.l2Vault}`);
