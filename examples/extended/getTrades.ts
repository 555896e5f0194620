/** GET /user/trades: the sub-account's own fills, with fees and maker/taker (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const page = await client.getTrades({ market: "BTC-USD", limit: 10 });
console.log(`${page.items.length} BTC-USD fills (newest first):`);
for (const t of page.items) {
  const role = t.isTaker ? "taker" : "maker";
  console.log(
    `  ${new Date(t.createdTime).toISOString()}  ${t.side} ${t.qty} @ ${t.price}  fee ${t.fee} (${role})`,
  );
}
