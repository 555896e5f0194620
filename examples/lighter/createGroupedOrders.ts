/** sendTx L2CreateGroupedOrders (tx type 28): an entry order with an attached stop-loss (one-triggers-other). */
import { mulDecimal } from "@perp/core";
import {
  createClientOrderIndexSource,
  LighterRestClient,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import { MARKET_ID, notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const [market] = (await client.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const [bid] = (await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (market === undefined || bid === undefined) throw new Error(`market ${MARKET_ID} has no bids`);
const coi = createClientOrderIndexSource();
const expiry = Date.now() + 60 * 60 * 1000;
const entry = mulDecimal(bid.price, "0.9"); // rests 10 % under the book
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.createGroupedOrders({
  GroupingType: 1, // 1 OTO: the stop exists once the entry fills; 2 OCO; 3 OTOCO
  Orders: [
    // Every leg needs its own non-zero client order index.
    {
      MarketIndex: MARKET_ID,
      ClientOrderIndex: coi(),
      BaseAmount: toLighterSize(market, market.min_base_amount),
      Price: toLighterPrice(market, entry, { rounding: "down" }),
      IsAsk: 0,
      Type: 0,
      TimeInForce: 1,
      ReduceOnly: 0,
      TriggerPrice: 0,
      OrderExpiry: expiry,
    },
    // BaseAmount 0 on a reduce-only stop: close whatever the entry opened.
    {
      MarketIndex: MARKET_ID,
      ClientOrderIndex: coi(),
      BaseAmount: 0,
      Price: toLighterPrice(market, mulDecimal(entry, "0.9"), { rounding: "down" }),
      IsAsk: 1,
      Type: 2,
      TimeInForce: 0,
      ReduceOnly: 1,
      TriggerPrice: toLighterPrice(market, mulDecimal(entry, "0.95"), { rounding: "down" }),
      OrderExpiry: expiry,
    },
  ],
  Nonce: nonce,
});
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; cancelAllOrders.ts removes both legs`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}
