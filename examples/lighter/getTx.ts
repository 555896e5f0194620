/** GET /api/v1/tx: one transaction by hash: did the order sendTx queued really execute? */
import { LighterRestClient, TX_STATUS } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorFills: true });
const client = new LighterRestClient(env.rest);

// Any tx hash works (sendTx returns it); here the account's latest one.
const [latest] = (await client.getAccountTxs({ accountIndex: env.accountIndex, limit: 1 })).txs;
if (latest === undefined) {
  console.log("this account has no transactions yet (run createOrder.ts first)");
} else {
  const tx = await client.getTx({ by: "hash", value: latest.hash });
  const status = Object.entries(TX_STATUS).find(([, code]) => code === tx.status)?.[0] ?? tx.status;
  console.log(`tx ${tx.hash.slice(0, 16)}…: type ${tx.type}, ${status}, block ${tx.block_height}`);
  console.log(`tx_info: ${tx.info.slice(0, 120)}…`);
  console.log(`event_info: ${tx.event_info ?? "-"}`);
}
