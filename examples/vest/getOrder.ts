// GET /orders?id=: one order by id. POST /orders only acknowledges receipt, so this (or the account
// stream) is how you learn an order's fate: NEW, PARTIALLY_FILLED, FILLED, CANCELLED or REJECTED
// with a `code`. It returns undefined for an id the account does not have.
import { PerpError } from "@perp/core";
import { VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const resting = await placeRestingOrder(client, account, env.symbol);
  try {
    const order = await client.getOrder({ id: resting.id });
    if (order === undefined) throw new PerpError(`order ${resting.id} not found`, { venue: "vest" });
    const side = order.isBuy ? "buy" : "sell";
    console.log(
      `order ${order.id} (nonce ${order.nonce}): ${order.orderType} ${side} ${order.size} ${order.symbol}`,
    );
    console.log(`  limit ${order.limitPrice}  status ${order.status}  code ${order.code ?? "-"}`);
    console.log(`  posted ${new Date(order.postTime).toISOString()}`);
  } finally {
    await resting.cancel();
  }
} finally {
  await env.close();
}
