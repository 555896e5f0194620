/** GET /info/settings: venue settings, i.e. the Starknet contract deposits go to. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const settings = await client.getSettings();
console.log(`deposit contract: ${settings.starkExContractAddress}`);
