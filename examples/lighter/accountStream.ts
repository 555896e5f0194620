/** The account stream object: a live account state (open orders, positions, stats) plus transaction results. */
import { mulDecimal } from "@perp/core";
import {
  createClientOrderIndexSource,
  LighterRestClient,
  LighterStreams,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const rest = new LighterRestClient(env.rest);
const streams = new LighterStreams(env.ws);

// "transactions" (account_tx) reports each of your transactions, including why one failed.
const account = streams.account({
  accountIndex: env.accountIndex,
  channels: ["orders", "positions", "stats", "transactions"],
});
account.on("transaction", (tx) =>
  console.log(
    `tx ${tx.hash.slice(0, 12)}… type ${tx.txType} status ${tx.status}${tx.appError ? ` (${tx.appError})` : ""}`,
  ),
);
account.on("stats", (s) =>
  console.log(`stats: collateral ${s.collateral}, available ${s.availableBalance}, leverage ${s.leverage}`),
);
await account.start(); // resolves once every channel delivered its snapshot
console.log(`ready: ${account.state.snapshot().openOrders.length} open orders`);

// A resting order and its cancel, to watch the state follow.
const [market] = (await rest.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
const [bid] = (await rest.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
if (market === undefined || bid === undefined) throw new Error(`market ${MARKET_ID} has no bids`);
const { nonce } = await rest.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const coi = createClientOrderIndexSource()();
await rest.sendTx(
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
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`after the order: ${account.state.snapshot().openOrders.length} open orders`);
await rest.sendTx(env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: coi, Nonce: BigInt(nonce) + 1n }));
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`after the cancel: ${account.state.snapshot().openOrders.length} open orders`);
await account.stop();
await streams.close();
