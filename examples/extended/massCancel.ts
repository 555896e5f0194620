/** POST /user/order/massCancel: cancel by ids, external ids, markets, or everything at once. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
// Two resting bids, 10 % and 11 % under the best bid.
for (const factor of ["0.9", "0.89"]) {
  const price = quantize(
    mulDecimal(market.marketStats.bidPrice, factor),
    market.tradingConfig.minPriceChange,
    "down",
  );
  await client.createOrder({
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
}
console.log(`open BTC-USD orders before: ${(await client.getOpenOrders({ market: "BTC-USD" })).length}`);

await client.massCancel({ markets: ["BTC-USD"] });
console.log(`open BTC-USD orders after:  ${(await client.getOpenOrders({ market: "BTC-USD" })).length}`);
