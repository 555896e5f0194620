/** POST /api/v1/sendTxBatch: several signed transactions in one request (here two orders and their cancels). */
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
const coi = createClientOrderIndexSource();
const ids = [coi(), coi()];

// Up to 50 transactions of one API key with consecutive nonces, executed in order.
const orders = ids.map((id, i) =>
  env.signer.createOrder({
    MarketIndex: MARKET_ID,
    ClientOrderIndex: id,
    BaseAmount: toLighterSize(market, market.min_base_amount),
    Price: toLighterPrice(market, mulDecimal(bid.price, i === 0 ? "0.9" : "0.8"), { rounding: "down" }),
    IsAsk: 0,
    Type: 0,
    TimeInForce: 2,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: Date.now() + 60 * 60 * 1000,
    Nonce: next++,
  }),
);
const placed = await client.sendTxBatch({ txs: orders });
console.log(`batch of ${placed.tx_hash.length} orders accepted`);
const { orders: active } = await client.getAccountActiveOrders({
  accountIndex: env.accountIndex,
  marketId: MARKET_ID,
});
const open = active.filter((o) => ids.includes(BigInt(o.client_order_index)));
console.log(`open: ${open.map((o) => `BUY @ ${o.price} (${o.status})`).join(", ")}`);

const cancels = ids.map((id) => env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: id, Nonce: next++ }));
const cancelled = await client.sendTxBatch({ txs: cancels });
console.log(`batch of ${cancelled.tx_hash.length} cancels accepted`);
