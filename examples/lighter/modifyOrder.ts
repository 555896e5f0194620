/** sendTx L2ModifyOrder (tx type 17): move a resting order's price and size in place, then cancel it. */
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

const [market] = (await client.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const [bid] = (await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (market === undefined || bid === undefined) throw new Error(`market ${MARKET_ID} has no bids`);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
let next = BigInt(nonce);
const coi = createClientOrderIndexSource()();
const size = toLighterSize(market, market.min_base_amount);
const show = async (what: string) => {
  const [o] = (await client.getAccountOrders({ accountIndex: env.accountIndex, clientOrderIndexes: [coi] }))
    .orders;
  console.log(`${what}: BUY ${o?.remaining_base_amount} @ ${o?.price} (${o?.status})`);
};

await client.sendTx(
  env.signer.createOrder({
    MarketIndex: MARKET_ID,
    ClientOrderIndex: coi,
    BaseAmount: size,
    Price: toLighterPrice(market, mulDecimal(bid.price, "0.9"), { rounding: "down" }),
    IsAsk: 0,
    Type: 0,
    TimeInForce: 2,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: Date.now() + 60 * 60 * 1000,
    Nonce: next++,
  }),
);
await show("placed");

// Index is the client order index here (an exchange order index works too); size and price are new values.
const signed = env.signer.modifyOrder({
  MarketIndex: MARKET_ID,
  Index: coi,
  BaseAmount: size * 2n,
  Price: toLighterPrice(market, mulDecimal(bid.price, "0.85"), { rounding: "down" }),
  TriggerPrice: 0,
  Nonce: next++,
});
await client.sendTx(signed);
await show("modified");
await client.sendTx(env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: coi, Nonce: next++ }));
console.log("cancelled");
