// POST /orders with a MARKET order. Vest requires a worst acceptable price even here (it is signed):
// it caps slippage. This opens the smallest long and closes it with a reduce-only sell, so on a real
// network it trades real funds (about one size step of the market, plus fees).
import { mulDecimal } from "@perp/core";
import { signOrder, VestRestClient } from "@perp/vest";
import { marketSnapshot, toDecimals, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const market = await marketSnapshot(client, env.symbol);
  const marketOrder = async (isBuy: boolean, reduceOnly: boolean) => {
    // At most 1 % worse than the mark; a thinner book rejects the order instead of filling far away.
    const worst = toDecimals(mulDecimal(market.markPrice, isBuy ? "1.01" : "0.99"), market.priceDecimals);
    const signed = await signOrder(account.signingPrivateKey, {
      orderType: "MARKET",
      time: Date.now(),
      nonce: (await client.getAccountNonce()).nextNonce,
      symbol: env.symbol,
      isBuy,
      size: market.minSize,
      limitPrice: worst,
      reduceOnly,
    });
    const { id } = await client.placeOrder(signed);
    const order = await client.getOrder({ id });
    console.log(
      `${isBuy ? "buy " : "sell"} ${market.minSize} at market: ${order?.status}, avg ${order?.avgFilledPrice ?? "-"}`,
    );
  };
  await marketOrder(true, false);
  await marketOrder(false, true);
} finally {
  await env.close();
}
