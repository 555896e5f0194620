// GET /orders: the account's orders, filtered by symbol, status, type, nonce or a time window.
// Order ids are hex strings that can exceed 2^53: keep them as strings.
import { VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const resting = await placeRestingOrder(client, account, env.symbol);
  await resting.cancel();

  const orders = await client.getOrders({ symbol: env.symbol, limit: 5 });
  console.log(`${orders.length} most recent ${env.symbol} orders`);
  for (const o of orders) {
    console.log(
      `  ${o.id}  ${o.isBuy ? "buy " : "sell"} ${o.size} @ ${o.limitPrice ?? "market"}  ${o.status}`,
    );
  }
} finally {
  await env.close();
}
