// GET /ticker/latest: mark and index prices with the hourly funding rate. The mark price is what
// margin and liquidations use, so size orders and slippage caps from it rather than the last trade.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  for (const t of await client.getLatestTickers()) {
    console.log(
      `${t.symbol.padEnd(14)} mark ${t.markPrice}  index ${t.indexPrice}  ` +
        `funding/h ${t.oneHrFundingRate}  ${t.status}`,
    );
  }
} finally {
  await env.close();
}
