// POST /orders with take-profit and stop-loss attached: each child is signed as a reduce-only order
// on the other side. Which nonce Vest expects on the children is undocumented (the parent's, by
// default here; `childNonce: "increment"` is the alternative): try it on dev before relying on it.
import { mulDecimal } from "@perp/core";
import { signCancel, signOrder, VestRestClient } from "@perp/vest";
import { marketSnapshot, toDecimals, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const market = await marketSnapshot(client, env.symbol);
  const price = (factor: string) =>
    toDecimals(mulDecimal(market.markPrice, factor), market.priceDecimals, "down");
  const order = await signOrder(account.signingPrivateKey, {
    orderType: "LIMIT",
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    symbol: env.symbol,
    isBuy: true,
    size: market.minSize,
    limitPrice: price("0.9"), // the entry rests 10 % under the mark
    tpPrice: price("0.99"),
    slPrice: price("0.85"),
  });
  const { id } = await client.placeOrder(order);
  const placed = await client.getOrder({ id });
  console.log(
    `order ${id} ${placed?.status}: entry ${placed?.limitPrice}, TP ${placed?.tpPrice}, SL ${placed?.slPrice}`,
  );

  const nonce = (await client.getAccountNonce()).nextNonce;
  await client.cancelOrder(await signCancel(account.signingPrivateKey, { time: Date.now(), nonce, id }));
} finally {
  await env.close();
}
