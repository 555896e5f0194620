/** sendTx L2CreateOrder with a trigger: a reduce-only stop-loss under an open long, then clean up. */
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
const { asks, bids } = await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 });
if (market === undefined || asks[0] === undefined || bids[0] === undefined) throw new Error("no book");
const size = toLighterSize(market, market.min_base_amount);
const price = (value: string) => toLighterPrice(market, value, { rounding: "down" });
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
let next = BigInt(nonce);
const order = { MarketIndex: MARKET_ID, BaseAmount: size, ReduceOnly: 0, TriggerPrice: 0, OrderExpiry: 0 };

// A long to protect: buy the smallest size at market (IOC, worst price 1 % over the ask).
await client.sendTx(
  env.signer.createOrder({
    ...order,
    ClientOrderIndex: 0,
    Price: price(mulDecimal(asks[0].price, "1.01")),
    IsAsk: 0,
    Type: 1,
    TimeInForce: 0,
    Nonce: next++,
  }),
);

// Stop-loss (Type 2): when the price falls to the trigger, sell at market with a worst price.
const stopId = createClientOrderIndexSource()();
const trigger = mulDecimal(bids[0].price, "0.95");
await client.sendTx(
  env.signer.createOrder({
    ...order,
    ClientOrderIndex: stopId,
    Price: price(mulDecimal(trigger, "0.98")),
    IsAsk: 1,
    Type: 2, // 2 stop-loss, 3 stop-loss-limit, 4 take-profit, 5 take-profit-limit
    TimeInForce: 0, // market-style triggers are IOC once triggered
    ReduceOnly: 1,
    TriggerPrice: price(trigger),
    OrderExpiry: Date.now() + 24 * 60 * 60 * 1000, // trigger orders need an expiry
    Nonce: next++,
  }),
);
const [stop] = (
  await client.getAccountOrders({ accountIndex: env.accountIndex, clientOrderIndexes: [stopId] })
).orders;
console.log(`stop-loss ${stop?.order_index}: trigger ${stop?.trigger_price}, status ${stop?.status}`);

// Clean up: cancel the stop and close the long with a reduce-only market sell.
await client.sendTx(env.signer.cancelOrder({ MarketIndex: MARKET_ID, Index: stopId, Nonce: next++ }));
await client.sendTx(
  env.signer.createOrder({
    ...order,
    ClientOrderIndex: 0,
    Price: price(mulDecimal(bids[0].price, "0.99")),
    IsAsk: 1,
    Type: 1,
    TimeInForce: 0,
    ReduceOnly: 1,
    Nonce: next++,
  }),
);
console.log("stop cancelled, position closed");
