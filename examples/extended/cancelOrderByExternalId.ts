/** DELETE /user/order?externalId=: cancel by your own order id, no need to wait for Extended's. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

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

await client.cancelOrderByExternalId({ externalId });
const [order] = await client.getOrdersByExternalId({ externalId });
console.log(`${externalId}: ${order?.status ?? "not found"}`);
