/** GET /user/orders/history: filled, cancelled, rejected and expired orders (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const page = await client.getOrdersHistory({ market: "BTC-USD", limit: 10 });
console.log(`${page.items.length} BTC-USD orders in history (newest first):`);
for (const o of page.items) {
  const reason = o.statusReason === undefined ? "" : ` (${o.statusReason})`;
  console.log(`  ${o.id} ${o.type} ${o.side} ${o.qty} @ ${o.price ?? "-"}  ${o.status}${reason}`);
}
console.log(`next cursor: ${page.cursor ?? "none"}`);
