/** DELETE /user/order/{id}: cancel one order by the id Extended assigned. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

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
console.log(`placed ${placed.id}`);

// Cancellation is asynchronous too: the final status shows on the account stream and in REST.
await client.cancelOrder({ id: placed.id });
const order = await client.getOrderById({ id: placed.id });
console.log(`after cancel: ${order.status}`);
