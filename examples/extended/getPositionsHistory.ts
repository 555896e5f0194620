/** GET /user/positions/history: opened and closed positions with realised PnL (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const page = await client.getPositionsHistory({ market: "BTC-USD", limit: 10 });
console.log(`${page.items.length} BTC-USD positions in history:`);
for (const p of page.items) {
  const closed = p.closedTime === undefined ? "open" : `closed at ${p.exitPrice ?? "?"}`;
  console.log(
    `  #${p.id} ${p.side} max ${p.maxPositionSize ?? p.size} from ${p.openPrice}, ${closed}, PnL ${p.realisedPnl}`,
  );
}
