/** GET /user/fees: the maker and taker fee rates of the sub-account per market. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const fees = await client.getFees({ market: ["BTC-USD", "ETH-USD"] });
// An order's `fee` is the highest rate you accept: it must be at least the rate charged here.
for (const f of fees) console.log(`${f.market}: maker ${f.makerFeeRate}, taker ${f.takerFeeRate}`);
