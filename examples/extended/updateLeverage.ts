/** PATCH /user/leverage: change a market's leverage (it caps the size of new positions). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey", writes: true });
const client = new ExtendedRestClient(env.rest);

const [before] = await client.getLeverage({ market: "BTC-USD" });
const updated = await client.updateLeverage({ market: "BTC-USD", leverage: "5" });
console.log(`BTC-USD leverage: ${before?.leverage ?? "?"}x -> ${updated.leverage}x`);
// Put it back so the example leaves the account as it found it.
if (before !== undefined) await client.updateLeverage({ market: "BTC-USD", leverage: before.leverage });
