/** GET /info/assets/{asset}/price: the current USD price of one asset. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /info/assets/{asset}/price (getAssetPrice)" });
const client = new ExtendedRestClient(env.rest);

const price = await client.getAssetPrice({ asset: "BTC" });
console.log(`BTC price: ${price} USD`);
