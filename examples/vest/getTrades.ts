// GET /trades: a market's recent public trades. v2 reports no aggressor side, only price and size.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  // A fresh simulator has no trades yet; on a real network this does nothing.
  await env.simulateTrade(env.symbol);
  const client = new VestRestClient(env.rest);
  const trades = await client.getTrades({ symbol: env.symbol, limit: 5 });
  console.log(`${env.symbol}: ${trades.length} recent trades`);
  for (const t of trades) {
    console.log(
      `  ${new Date(t.time).toISOString()}  ${t.qty} @ ${t.price}  (${t.quoteQty} USDC)  id ${t.id}`,
    );
  }
} finally {
  await env.close();
}
