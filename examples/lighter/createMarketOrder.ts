/** sendTx L2CreateOrder as a market order: buy the smallest size at market, then close it with a reduce-only sell. */
import { mulDecimal } from "@perp/core";
import { LighterRestClient, toLighterPrice, toLighterSize } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const [market] = (await client.getOrderBookDetails({ marketId: MARKET_ID })).order_book_details;
if (market === undefined) throw new Error(`market ${MARKET_ID} is not listed`);
const size = toLighterSize(market, market.min_base_amount);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
let next = BigInt(nonce);

// A market order is IOC with a worst acceptable price: 1 % through the touch caps the slippage.
async function marketOrder(isAsk: boolean, reduceOnly: boolean): Promise<void> {
  const book = await client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 });
  const touch = isAsk ? book.bids[0] : book.asks[0];
  if (touch === undefined || market === undefined) throw new Error("the book is empty on that side");
  const worst = mulDecimal(touch.price, isAsk ? "0.99" : "1.01");
  const signed = env.signer.createOrder({
    MarketIndex: MARKET_ID,
    ClientOrderIndex: 0, // 0: no client order index needed for an order that does not rest
    BaseAmount: size,
    Price: toLighterPrice(market, worst, { rounding: isAsk ? "up" : "down" }),
    IsAsk: isAsk ? 1 : 0,
    Type: 1, // market
    TimeInForce: 0, // IOC, the only one a market order takes
    ReduceOnly: reduceOnly ? 1 : 0,
    TriggerPrice: 0,
    OrderExpiry: 0, // IOC orders carry no expiry
    Nonce: next++,
  });
  await client.sendTx(signed);
  console.log(
    `${isAsk ? "SELL" : "BUY"} ${market.min_base_amount} ${market.symbol} at market (worst ${worst})${reduceOnly ? ", reduce-only" : ""}`,
  );
}

async function position(): Promise<string> {
  const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
  const p = account?.positions.find((p) => p.market_id === MARKET_ID);
  return p === undefined || p.position === "0"
    ? "flat"
    : `${p.sign < 0 ? "short" : "long"} ${p.position} @ ${p.avg_entry_price}`;
}

await marketOrder(false, false);
console.log(`position: ${await position()}`);
// Reduce-only: can only shrink the position, never flip it.
await marketOrder(true, true);
console.log(`position: ${await position()}`);
