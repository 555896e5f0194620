// GET /depth: a one-off order-book snapshot. For a live book use watchOrderBook.ts: the stream
// pushes every change, while polling this costs a request each time and still lags.
import { subDecimal } from "@perp/core";
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  const { bids, asks } = await client.getDepth({ symbol: env.symbol, limit: 5 });
  console.log(`${env.symbol} top ${Math.max(bids.length, asks.length)} levels (price x size)`);
  for (let i = 0; i < Math.max(bids.length, asks.length); i++) {
    const [bidPrice = "", bidSize = ""] = bids[i] ?? [];
    const [askPrice = "", askSize = ""] = asks[i] ?? [];
    console.log(`  ${`${bidSize} x ${bidPrice}`.padStart(22)}   |   ${askPrice} x ${askSize}`);
  }
  const [bestBid] = bids;
  const [bestAsk] = asks;
  if (bestBid && bestAsk) console.log(`spread ${subDecimal(bestAsk[0], bestBid[0])}`);
} finally {
  await env.close();
}
