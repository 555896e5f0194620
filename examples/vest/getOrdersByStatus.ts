// getOrdersByStatus: GET /orders filters one status per request, so several statuses mean several
// requests; this merges them, newest first.
import { VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const first = await placeRestingOrder(client, account, env.symbol);
  const second = await placeRestingOrder(client, account, env.symbol);
  await first.cancel();

  const orders = await client.getOrdersByStatus({ statuses: ["NEW", "CANCELLED"], symbol: env.symbol });
  for (const o of orders) console.log(`  ${o.id}  ${o.status}`);
  await second.cancel();
} finally {
  await env.close();
}
