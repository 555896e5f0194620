/** GET /user/orders/external/{externalId}: orders by the id you chose when placing them. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

// Choosing the external id yourself lets you find the order even if the placement response is lost.
const externalId = `example-${Date.now()}`;
const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
const price = quantize(
  mulDecimal(market.marketStats.bidPrice, "0.9"),
  market.tradingConfig.minPriceChange,
  "down",
);
await client.createOrder({
  signer: env.signer,
  order: {
    id: externalId,
    vault: env.vault,
    market,
    type: "LIMIT",
    side: "BUY",
    qty: market.tradingConfig.minOrderSize,
    price,
    fee: "0.0005",
    postOnly: true,
    expiryEpochMillis: Date.now() + 3_600_000,
  },
});

const orders = await client.getOrdersByExternalId({ externalId });
for (const o of orders)
  console.log(`${o.externalId} -> order ${o.id}: ${o.side} ${o.qty} @ ${o.price ?? "-"}  ${o.status}`);
await client.cancelOrderByExternalId({ externalId });
