/** GET /user/account/info: the sub-account the API key belongs to, with its Stark key and vault. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const account = await client.getAccountInfo();
// l2Key and l2Vault are what orders are signed with: EXTENDED_VAULT is this l2Vault.
console.log(
  `account ${account.accountId} "${account.description ?? ""}" (index ${account.accountIndex}, ${account.status})`,
);
console.log(`l2Key   ${account.l2Key}`);
console.log(`l2Vault ${account.l2Vault}`);
