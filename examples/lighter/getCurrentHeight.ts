/** GET /api/v1/currentHeight: the latest L2 block height (watchHeight.ts streams it). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const { height } = await client.getCurrentHeight();
console.log(`current block height: ${height}`);
