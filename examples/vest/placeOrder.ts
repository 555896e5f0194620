// POST /orders with a LIMIT order. Prices and sizes are signed as text with exactly the market's
// decimals, so format them once and send the very strings you signed. The answer is only an id:
// read the order back (or watch the account stream) to learn whether it rests, fills or is rejected.
import { mulDecimal } from "@perp/core";
import { signCancel, signOrder, VestRestClient } from "@perp/vest";
import { marketSnapshot, toDecimals, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const market = await marketSnapshot(client, env.symbol);
  // 10 % under the mark: it rests on the book instead of filling.
  const limitPrice = toDecimals(mulDecimal(market.markPrice, "0.9"), market.priceDecimals, "down");
  const order = await signOrder(account.signingPrivateKey, {
    orderType: "LIMIT",
    timeInForce: "GTC",
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    symbol: env.symbol,
    isBuy: true,
    size: market.minSize,
    limitPrice,
  });
  const { id } = await client.placeOrder(order);
  const placed = await client.getOrder({ id });
  console.log(`order ${id}: buy ${market.minSize} ${env.symbol} @ ${limitPrice} -> ${placed?.status}`);

  // Leave nothing behind.
  const nonce = (await client.getAccountNonce()).nextNonce;
  await client.cancelOrder(await signCancel(account.signingPrivateKey, { time: Date.now(), nonce, id }));
} finally {
  await env.close();
}
