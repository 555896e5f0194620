/** POST /user/order with cancelId: replace an order (new price or size) in one request. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
const tick = market.tradingConfig.minPriceChange;
const order = {
  vault: env.vault,
  market,
  type: "LIMIT",
  side: "BUY",
  qty: market.tradingConfig.minOrderSize,
  fee: "0.0005",
  postOnly: true,
  expiryEpochMillis: Date.now() + 3_600_000,
} as const;
const first = await client.createOrder({
  signer: env.signer,
  order: { ...order, price: quantize(mulDecimal(market.marketStats.bidPrice, "0.9"), tick, "down") },
});

// An edit is a complete new signed order naming the external id of the one it replaces.
const newPrice = quantize(mulDecimal(market.marketStats.bidPrice, "0.91"), tick, "down");
const replaced = await client.editOrder({
  signer: env.signer,
  cancelId: first.externalId,
  order: { ...order, price: newPrice },
});
console.log(`order ${first.id} replaced by ${replaced.id} @ ${newPrice}`);
for (const o of await client.getOpenOrders({ market: "BTC-USD" }))
  console.log(`  open: ${o.id} @ ${o.price ?? "-"}`);
await client.cancelOrder({ id: replaced.id });
