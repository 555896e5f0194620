/** Stream the account channels as unified events (order, fill, position, resync) while a small trade happens. */
import { mulDecimal } from "@perp/core";
import {
  type LighterAccountChannelName,
  LighterRestClient,
  LighterStreams,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const rest = new LighterRestClient(env.rest);
// env.ws carries the auth token provider the account channels need.
const streams = new LighterStreams(env.ws);

// "assets" (balances) is left out here because the simulator does not serve it; add it on Lighter.
const channels: LighterAccountChannelName[] = ["orders", "positions", "trades", "stats"];
const counts = new Map<string, number>();
const subscription = await streams.watchAccount({ accountIndex: env.accountIndex, channels }, (event) => {
  counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  if (event.type === "order")
    console.log(
      `order ${event.order.id}: ${event.order.side} ${event.order.size} @ ${event.order.price} ${event.order.status}`,
    );
  if (event.type === "fill")
    console.log(`fill: ${event.fill.side} ${event.fill.size} @ ${event.fill.price}, fee ${event.fill.fee}`);
  if (event.type === "position") console.log(`position: ${event.position.side} ${event.position.size}`);
});

// Something to see: buy the smallest size at market, then close it (reduce-only).
const [market] = (await rest.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const { nonce } = await rest.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
let next = BigInt(nonce);
for (const isAsk of [false, true]) {
  const book = await rest.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 });
  const touch = isAsk ? book.bids[0] : book.asks[0];
  if (market === undefined || touch === undefined) throw new Error("no book");
  await rest.sendTx(
    env.signer.createOrder({
      MarketIndex: MARKET_ID,
      ClientOrderIndex: 0,
      BaseAmount: toLighterSize(market, market.min_base_amount),
      Price: toLighterPrice(market, mulDecimal(touch.price, isAsk ? "0.99" : "1.01"), {
        rounding: isAsk ? "up" : "down",
      }),
      IsAsk: isAsk ? 1 : 0,
      Type: 1,
      TimeInForce: 0,
      ReduceOnly: isAsk ? 1 : 0,
      TriggerPrice: 0,
      OrderExpiry: 0,
      Nonce: next++,
    }),
  );
}
await new Promise((resolve) => setTimeout(resolve, 1_000));
await subscription.unsubscribe();
console.log(`events: ${[...counts].map(([type, n]) => `${n} ${type}`).join(", ")}`);
await streams.close();
