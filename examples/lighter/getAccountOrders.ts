/** GET /api/v1/accountOrders (auth): look orders up by your own client order indexes. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorRestingOrder: true });
const client = new LighterRestClient(env.rest);

// Client order indexes are yours (1..2^48-1), chosen when signing; here taken from the open orders.
const { orders: open } = await client.getAccountActiveOrders({ accountIndex: env.accountIndex });
const ids = open.map((o) => BigInt(o.client_order_index)).filter((id) => id > 0n);
if (ids.length === 0) {
  console.log("no open orders with a client order index (run createOrder.ts first)");
} else {
  const { orders } = await client.getAccountOrders({
    accountIndex: env.accountIndex,
    clientOrderIndexes: ids,
  });
  for (const o of orders) console.log(`client ${o.client_order_index} → order ${o.order_index}: ${o.status}`);
}
