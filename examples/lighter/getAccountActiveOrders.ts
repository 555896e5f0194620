/** GET /api/v1/accountActiveOrders (auth): the account's open orders, here in one market. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorRestingOrder: true });
// env.rest carries an auth token provider: tokens are signed by the API key and renewed before expiry.
const client = new LighterRestClient(env.rest);

const { orders } = await client.getAccountActiveOrders({
  accountIndex: env.accountIndex,
  marketId: MARKET_ID,
});
for (const o of orders) {
  console.log(
    `${o.order_index} (client ${o.client_order_index}): ${o.is_ask ? "SELL" : "BUY"} ${o.remaining_base_amount} @ ${o.price}, ${o.type} ${o.time_in_force}, ${o.status}`,
  );
}
console.log(`${orders.length} open orders in market ${MARKET_ID}`);
