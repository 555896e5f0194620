/** GET /api/v1/orderBooks: each market's trading rules (fees, minimum size and notional, decimals). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const { order_books: books } = await client.getOrderBooks();
for (const b of books.slice(0, 10)) {
  console.log(
    `${b.market_id} ${b.symbol} (${b.status}): min ${b.min_base_amount} / ${b.min_quote_amount} USDC, ` +
      `fees taker ${b.taker_fee ?? "?"} maker ${b.maker_fee ?? "?"}, decimals ${b.supported_size_decimals}/${b.supported_price_decimals}`,
  );
}
console.log(`${books.length} markets`);
