/** GET /api/v1/blockTxs: the transactions of one block. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/blockTxs (getBlockTxs)" });
const client = new LighterRestClient(env.rest);

const { height } = await client.getCurrentHeight();
const { txs } = await client.getBlockTxs({ by: "block_height", value: String(height) });
for (const tx of txs.slice(0, 10))
  console.log(`type ${tx.type} by account ${tx.account_index}, status ${tx.status}`);
console.log(`${txs.length} transactions in block ${height}`);
