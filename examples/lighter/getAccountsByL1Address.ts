/** GET /api/v1/accountsByL1Address: the main account and sub-accounts an Ethereum wallet owns. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "account" });
const client = new LighterRestClient(env.rest);

// The wallet address is on the account itself; a new user would start from their wallet address.
const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
if (account === undefined) throw new Error(`account ${env.accountIndex} not found`);
const { sub_accounts } = await client.getAccountsByL1Address({ l1Address: account.l1_address });
for (const a of sub_accounts) {
  console.log(`account ${a.index}: type ${a.account_type ?? 0}, collateral ${a.collateral ?? "0"}`);
}
console.log(`${sub_accounts.length} accounts owned by ${account.l1_address}`);
