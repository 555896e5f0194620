/** GET /api/v1/deposit/history (auth): deposits from Ethereum and their status. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

// Deposits are listed per wallet and account.
const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
if (account === undefined) throw new Error(`account ${env.accountIndex} not found`);
const page = await client.getDepositHistory({
  accountIndex: env.accountIndex,
  l1Address: account.l1_address,
});
for (const d of page.deposits) {
  console.log(`${new Date(d.timestamp).toISOString()} ${d.amount} (asset ${d.asset_id ?? 3}) ${d.status}`);
}
console.log(`${page.deposits.length} deposits`);
