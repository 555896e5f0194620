/** WebSocket jsonapi/sendtxbatch: several signed transactions in one stream frame (up to 15). */
import { mulDecimal } from "@perp/core";
import {
  createClientOrderIndexSource,
  LighterRestClient,
  LighterWsClient,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const rest = new LighterRestClient(env.rest);
const ws = new LighterWsClient(env.ws);

const [market] = (await rest.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const [bid] = (await rest.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (market === undefined || bid === undefined) throw new Error(`market ${MARKET_ID} has no bids`);
const { nonce } = await rest.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
let next = BigInt(nonce);
const coi = createClientOrderIndexSource()();

// An order and its cancel in one frame: consecutive nonces of one API key, executed in order.
const txs = [
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
    Nonce: next++,
  }),
  env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: coi, Nonce: next++ }),
];
await ws.connect();
const result = await ws.tx.sendTxBatch(txs);
console.log(`batch accepted: ${result.txHashes.map((h) => `${h.slice(0, 12)}…`).join(", ")}`);
const [order] = (await rest.getAccountOrders({ accountIndex: env.accountIndex, clientOrderIndexes: [coi] }))
  .orders;
console.log(`order ${coi}: ${order?.status ?? "not found"}`);
await ws.close();
