/** sendTx L2CancelOrder (tx type 15): cancel a resting order by its exchange order index. */
import { mulDecimal } from "@perp/core";
import {
  createClientOrderIndexSource,
  LighterRestClient,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// Something to cancel: a post-only buy 10 % under the best bid.
const [market] = (await client.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const [bid] = (await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (market === undefined || bid === undefined) throw new Error(`market ${MARKET_ID} has no bids`);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const coi = createClientOrderIndexSource()();
await client.sendTx(
  env.signer.createOrder({
    MarketIndex: MARKET_ID,
    ClientOrderIndex: coi,
    BaseAmount: toLighterSize(market, market.min_base_amount),
    Price: toLighterPrice(market, mulDecimal(bid.price, "0.9"), { rounding: "down" }),
    IsAsk: 0,
    Type: 0,
    TimeInForce: 2,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: Date.now() + 60 * 60 * 1000,
    Nonce: nonce,
  }),
);
const [order] = (await client.getAccountOrders({ accountIndex: env.accountIndex, clientOrderIndexes: [coi] }))
  .orders;
if (order === undefined) throw new Error("the order did not show up");

// Index takes either the exchange order index (>= 2^48, as here) or your client order index.
const signed = env.signer.cancelOrder({
  MarketIndex: MARKET_ID,
  Index: order.order_index,
  Nonce: BigInt(nonce) + 1n,
});
const { tx_hash } = await client.sendTx(signed);
console.log(`cancel of order ${order.order_index} sent (tx ${tx_hash.slice(0, 16)}…)`);
const [after] = (await client.getAccountOrders({ accountIndex: env.accountIndex, clientOrderIndexes: [coi] }))
  .orders;
console.log(`status now: ${after?.status ?? "gone from the open orders"}`);
