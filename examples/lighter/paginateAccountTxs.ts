/** GET /api/v1/accountTxs, every page (auth): iterateAccountTxs walks the account's transactions by sequence index. */
import { iterateAccountTxs, LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorFills: true });
const client = new LighterRestClient(env.rest);

// Newest first; a page shorter than `limit` ends the walk.
let count = 0;
for await (const { txs } of iterateAccountTxs(
  client,
  { accountIndex: env.accountIndex, limit: 10 },
  { maxPages: 3 },
)) {
  for (const tx of txs)
    console.log(`seq ${tx.sequence_index}: type ${tx.type}, nonce ${tx.nonce}, status ${tx.status}`);
  count += txs.length;
}
console.log(`${count} transactions`);
