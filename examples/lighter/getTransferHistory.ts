/** GET /api/v1/transfer/history (auth): transfers between accounts, in and out. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

const page = await client.getTransferHistory({ accountIndex: env.accountIndex });
for (const t of page.transfers) {
  console.log(
    `${new Date(t.timestamp).toISOString()} ${t.type}: ${t.amount} from ${t.from_account_index} to ${t.to_account_index}`,
  );
}
// transfer.ts makes one.
console.log(`${page.transfers.length} transfers`);
