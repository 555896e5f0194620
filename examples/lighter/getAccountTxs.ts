/** GET /api/v1/accountTxs (auth): the account's own transactions, newest first, with their status. */
import { LighterRestClient, TX_TYPE_CODES } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorFills: true });
const client = new LighterRestClient(env.rest);

const names = new Map(Object.entries(TX_TYPE_CODES).map(([name, code]) => [code as number, name]));
const { txs } = await client.getAccountTxs({ accountIndex: env.accountIndex, limit: 10 });
for (const tx of txs) {
  // Status 3 executed; 4 failed / 5 rejected after sendTx had accepted it (event_info says why).
  console.log(
    `nonce ${tx.nonce}: ${names.get(tx.type) ?? tx.type}, status ${tx.status}, hash ${tx.hash.slice(0, 16)}…`,
  );
}
console.log(`${txs.length} transactions`);
