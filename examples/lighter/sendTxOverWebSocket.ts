/** WebSocket jsonapi/sendtx: send signed transactions on the stream connection (lower latency than REST). */
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
const coi = createClientOrderIndexSource()();

await ws.connect();
const order = env.signer.createOrder({
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
});
// Each reply is matched to its request; a dropped connection leaves the outcome unknown (check getTx.ts).
const placed = await ws.tx.sendTx(order);
console.log(`order accepted over WebSocket: tx ${placed.txHash?.slice(0, 16)}…`);
const cancelled = await ws.tx.sendTx(
  env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: coi, Nonce: BigInt(nonce) + 1n }),
);
console.log(`cancel accepted: tx ${cancelled.txHash?.slice(0, 16)}…`);
await ws.close();
