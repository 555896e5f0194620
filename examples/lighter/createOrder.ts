/** sendTx L2CreateOrder (tx type 14): sign a post-only limit buy under the book, check it rests, then cancel it. */
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

// The market's decimals turn display units into the integers the transaction signs.
const [market] = (await client.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
if (market === undefined) throw new Error(`market ${MARKET_ID} is not listed`);
const [bestBid] = (await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (bestBid === undefined) throw new Error("the book has no bids");
// 10 % under the best bid: the order rests instead of filling.
const price = mulDecimal(bestBid.price, "0.9");

// Each (account, API key) has one nonce sequence; fetch it once and count up locally.
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const clientOrderIndex = createClientOrderIndexSource()();
const signed = env.signer.createOrder({
  MarketIndex: MARKET_ID,
  ClientOrderIndex: clientOrderIndex,
  BaseAmount: toLighterSize(market, market.min_base_amount),
  Price: toLighterPrice(market, price, { rounding: "down" }),
  IsAsk: 0,
  Type: 0, // limit
  TimeInForce: 2, // post-only (0 IOC, 1 good-till-time)
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: Date.now() + 60 * 60 * 1000, // resting orders need an expiry (5 min .. 30 days)
  Nonce: nonce,
});
const { tx_hash } = await client.sendTx(signed);
console.log(
  `sent ${signed.type}: BUY ${market.min_base_amount} ${market.symbol} @ ${price} (client order ${clientOrderIndex}), tx ${tx_hash}`,
);

// sendTx only queues the transaction; the order shows up once the sequencer executed it.
const { orders } = await client.getAccountOrders({
  accountIndex: env.accountIndex,
  clientOrderIndexes: [clientOrderIndex],
});
console.log(`status: ${orders[0]?.status ?? "not executed yet"}, order index ${orders[0]?.order_index}`);

const cancel = env.signer.cancelOrder({
  MarketIndex: MARKET_ID,
  Index: clientOrderIndex,
  Nonce: BigInt(nonce) + 1n,
});
await client.sendTx(cancel);
console.log("cancelled");
