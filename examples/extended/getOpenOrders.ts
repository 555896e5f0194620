/** GET /user/orders: the sub-account's open orders, optionally by market, type or side. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const orders = await client.getOpenOrders({ market: "BTC-USD" });
if (orders.length === 0) console.log("no open BTC-USD orders (createOrder.ts places one)");
for (const o of orders) {
  // Order ids exceed 2^53: they are strings, never numbers.
  console.log(`${o.id} ${o.side} ${o.qty} @ ${o.price ?? "-"}  filled ${o.filledQty ?? "0"}  ${o.status}`);
}
