/** GET /api/v1/txs: executed transactions of the whole exchange, from a sequence index on. */
import { LighterRestClient, TX_TYPE_CODES } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ simulatorFills: true });
const client = new LighterRestClient(env.rest);

// Numeric tx types back to the signer's names (14 → L2CreateOrder).
const names = new Map(Object.entries(TX_TYPE_CODES).map(([name, code]) => [code as number, name]));
const { txs } = await client.getTxs({ limit: 5 });
for (const tx of txs) {
  console.log(
    `${tx.sequence_index ?? "?"}: ${names.get(tx.type) ?? tx.type} by account ${tx.account_index}, status ${tx.status}`,
  );
}
console.log(`${txs.length} transactions`);
