/** GET /api/v1/orderBookDetails: every market with the decimals its orders are signed in, margins and daily stats. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const { order_book_details: markets } = await client.getOrderBookDetails({ filter: "perp" });
for (const m of markets.slice(0, 10)) {
  // Orders carry integers: size × 10^size_decimals, price × 10^price_decimals (see toLighterSize).
  console.log(
    `${m.market_id} ${m.symbol}: mark ${m.mark_price}, size/price decimals ${m.size_decimals}/${m.price_decimals}, ` +
      `min ${m.min_base_amount}, max leverage ${m.min_initial_margin_fraction === undefined ? "?" : 10_000 / m.min_initial_margin_fraction}x`,
  );
}
console.log(`${markets.length} perpetual markets`);
