/** GET /user/leverage: the leverage set per market. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const leverage = await client.getLeverage({ market: ["BTC-USD", "ETH-USD"] });
for (const l of leverage) console.log(`${l.market}: ${l.leverage}x`);
