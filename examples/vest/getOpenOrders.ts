// getOpenOrders: the orders still working (NEW and PARTIALLY_FILLED). Run it at start-up to learn
// what a previous session left on the book.
import { VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const resting = await placeRestingOrder(client, account, env.symbol);
  try {
    const open = await client.getOpenOrders({ symbol: env.symbol });
    console.log(`${open.length} open ${env.symbol} order(s)`);
    for (const o of open)
      console.log(`  ${o.id}  ${o.isBuy ? "buy" : "sell"} ${o.size} @ ${o.limitPrice}  ${o.status}`);
  } finally {
    await resting.cancel();
  }
} finally {
  await env.close();
}
