/** POST /user/order/rfq: orders on RFQ markets (`isRfq: true`), optionally with a repricing plan. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  writes: true,
  notServedBySimulator: "POST /user/order/rfq (createRfqOrder)",
});
const client = new ExtendedRestClient(env.rest);

const market = (await client.getMarkets()).find((m) => m.isRfq === true);
if (market === undefined) {
  console.log("no RFQ market is listed right now");
} else {
  // A small IOC buy at the best ask; RFQ market makers answer the request for quote.
  const placed = await client.createRfqOrder({
    signer: env.signer,
    order: {
      vault: env.vault,
      market,
      type: "LIMIT",
      side: "BUY",
      qty: market.tradingConfig.minOrderSize,
      price: market.marketStats.askPrice,
      fee: "0.001",
      timeInForce: "IOC",
      expiryEpochMillis: Date.now() + 3_600_000,
    },
  });
  console.log(`RFQ order ${placed.id} on ${market.name}`);
}
