/** GET /user/accounts: every sub-account of the wallet the API key belongs to. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const accounts = await client.getAccounts();
// Each sub-account has its own vault, Stark key and API keys; transfers move collateral between them.
console.table(
  accounts.map((a) => ({
    accountId: a.accountId,
    index: a.accountIndex,
    description: a.description,
    vault: a.l2Vault,
  })),
);
