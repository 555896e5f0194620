/** GET /user/orders/{id}: one order by the id Extended assigned. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

// Place a resting order to have something to look up (createOrder.ts explains each field).
const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
const price = quantize(
  mulDecimal(market.marketStats.bidPrice, "0.9"),
  market.tradingConfig.minPriceChange,
  "down",
);
const placed = await client.createOrder({
  signer: env.signer,
  order: {
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

// Ids exceed 2^53 (above Number.MAX_SAFE_INTEGER): keep them as strings end to end.
const order = await client.getOrderById({ id: placed.id });
console.log(`${order.id}: ${order.type} ${order.side} ${order.qty} @ ${order.price ?? "-"}  ${order.status}`);
console.log(
  `created ${new Date(order.createdTime).toISOString()}, expires ${new Date(order.expireTime ?? 0).toISOString()}`,
);
await client.cancelOrder({ id: placed.id });
