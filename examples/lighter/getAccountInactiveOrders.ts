/** GET /api/v1/accountInactiveOrders (auth): filled and cancelled orders, newest first. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorFills: true });
const client = new LighterRestClient(env.rest);

const page = await client.getAccountInactiveOrders({ accountIndex: env.accountIndex, limit: 10 });
for (const o of page.orders) {
  console.log(
    `${o.order_index}: ${o.is_ask ? "SELL" : "BUY"} ${o.filled_base_amount}/${o.initial_base_amount} @ ${o.price}, ${o.status}`,
  );
}
console.log(`${page.orders.length} inactive orders, next cursor ${page.next_cursor ?? "(last page)"}`);
