/** GET /user/positions: open positions with entry, mark, liquidation price and PnL. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const positions = await client.getPositions();
if (positions.length === 0) console.log("no open positions");
for (const p of positions) {
  console.log(
    `${p.market} ${p.side} ${p.size} @ ${p.openPrice}  mark ${p.markPrice}  ` +
      `liq ${p.liquidationPrice ?? "-"}  uPnL ${p.unrealisedPnl}  ${p.leverage}x`,
  );
}
