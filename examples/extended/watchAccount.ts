/** Stream /account: order, fill, balance and position events of the sub-account, as they happen. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient, ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);
const streams = new ExtendedStreams(env.streams);

// Subscribe first: placement is asynchronous and the stream is where its outcome arrives.
const subscription = await streams.watchAccount((event) => {
  if (event.type === "order") {
    const { id, side, size, price, status } = event.order;
    console.log(`order ${id} ${side} ${size} @ ${price}: ${status}`);
  } else if (event.type === "fill") {
    console.log(`fill ${event.fill.size} @ ${event.fill.price}, fee ${event.fill.fee}`);
  } else if (event.type === "balance") {
    console.log(
      `balance ${event.balance.total} ${event.balance.asset}, available ${event.balance.available}`,
    );
  } else {
    console.log(`${event.type} event`);
  }
});

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
await client.cancelOrder({ id: placed.id });
await new Promise((resolve) => setTimeout(resolve, 1_000));
await subscription.unsubscribe();
await streams.close();
