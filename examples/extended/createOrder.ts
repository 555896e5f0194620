/** POST /user/order: sign and place a post-only limit order, check it rests, then cancel it. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

// The market carries the tick and lot sizes and the asset ids the order is signed with.
const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
// 10 % under the best bid: the order rests on the book instead of filling.
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
    fee: "0.0005", // the highest fee rate accepted; the account's own rate is what is charged
    postOnly: true,
    expiryEpochMillis: Date.now() + 60 * 60 * 1000,
  },
});
console.log(
  `placed order ${placed.id} (external id ${placed.externalId}): BUY ${market.tradingConfig.minOrderSize} @ ${price}`,
);

// Placement is asynchronous: OK means accepted, rejections arrive later (see accountStream.ts).
const order = await client.getOrderById({ id: placed.id });
console.log(`status: ${order.status}`);
await client.cancelOrder({ id: placed.id });
console.log("cancelled");
